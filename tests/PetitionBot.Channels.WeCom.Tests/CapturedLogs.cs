using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PetitionBot.Channels.WeCom.Tests;

/// <summary>Keeps every formatted log line, to check what a refusal writes.</summary>
public sealed class CapturedLogs : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;
    public ILogger<T> CreateLogger<T>() => new Logger<T>(new LoggerFactory([this]));
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    public void Dispose() { }
}
