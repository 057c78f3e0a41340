using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Logs and counts every use of the model's output and every fallback, by stage (phrase, rewrite) and reason.
/// Meter "PetitionBot.Regulations": <c>petitionbot.regulations.llm.fallbacks</c> and <c>petitionbot.regulations.llm.accepted</c>.
/// </summary>
public sealed partial class LlmTelemetry
{
    public const string MeterName = Telemetry.RegulationTelemetry.Name;
    public const string FallbackCounterName = "petitionbot.regulations.llm.fallbacks";
    public const string AcceptedCounterName = "petitionbot.regulations.llm.accepted";

    private readonly ILogger _logger;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _accepted;

    /// <param name="logger">Where fallbacks are logged; nothing is logged when null.</param>
    /// <param name="meter">The meter to count on; a process-wide one named <see cref="MeterName"/> when null.</param>
    public LlmTelemetry(ILogger? logger = null, Meter? meter = null)
    {
        _logger = logger ?? NullLogger.Instance;
        meter ??= Telemetry.RegulationTelemetry.Meter;
        _fallbacks = meter.CreateCounter<long>(FallbackCounterName, description: "Model outputs not used, by stage and reason");
        _accepted = meter.CreateCounter<long>(AcceptedCounterName, description: "Model outputs used, by stage");
    }

    public void Fallback(string stage, FallbackReason reason)
    {
        _fallbacks.Add(1, new KeyValuePair<string, object?>("stage", stage), new KeyValuePair<string, object?>("reason", reason.Code));
        LogFallback(_logger, stage, reason.Code, reason.Detail);
    }

    public void Accepted(string stage)
    {
        _accepted.Add(1, new KeyValuePair<string, object?>("stage", stage));
        LogAccepted(_logger, stage);
    }

    // Details never carry the user's words unmasked: they are rule names, status codes, exception types, or masked model text.
    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Model output not used at {Stage}: {Reason} {Detail}")]
    private static partial void LogFallback(ILogger logger, string stage, string reason, string detail);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Debug, Message = "Model output used at {Stage}")]
    private static partial void LogAccepted(ILogger logger, string stage);
}
