using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using PetitionBot.Regulations.Llm;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>Telemetry on a meter of the test's own, with its counter measurements and log entries recorded.</summary>
public sealed class RecordedTelemetry : IDisposable
{
    private readonly Meter _meter = new(LlmTelemetry.MeterName);
    private readonly MeterListener _listener = new();
    private readonly List<(string Counter, string Stage, string? Reason)> _counted = [];
    private readonly ListLogger _logger = new();

    public RecordedTelemetry()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, _meter)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var all = tags.ToArray();
            lock (_counted)
                for (var i = 0; i < value; i++)
                    _counted.Add((instrument.Name, (string)all.First(t => t.Key == "stage").Value!, all.FirstOrDefault(t => t.Key == "reason").Value as string));
        });
        _listener.Start();
        Telemetry = new LlmTelemetry(_logger, _meter);
    }

    public LlmTelemetry Telemetry { get; }

    /// <summary>(stage, reason) of every fallback counted.</summary>
    public IReadOnlyList<(string Stage, string Reason)> Fallbacks
    {
        get { lock (_counted) return _counted.Where(c => c.Counter == LlmTelemetry.FallbackCounterName).Select(c => (c.Stage, c.Reason!)).ToList(); }
    }

    public int Accepted(string stage)
    {
        lock (_counted) return _counted.Count(c => c.Counter == LlmTelemetry.AcceptedCounterName && c.Stage == stage);
    }

    /// <summary>The named properties of every warning logged.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Warnings => _logger.Warnings;

    public void Dispose()
    {
        _listener.Dispose();
        _meter.Dispose();
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<IReadOnlyDictionary<string, object?>> _warnings = [];

        public IReadOnlyList<IReadOnlyDictionary<string, object?>> Warnings
        {
            get { lock (_warnings) return _warnings.ToList(); }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel != LogLevel.Warning || state is not IEnumerable<KeyValuePair<string, object?>> properties) return;
            lock (_warnings) _warnings.Add(properties.ToDictionary(p => p.Key, p => p.Value));
        }
    }
}
