using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace PetitionBot.Host.Logging;

/// <summary>
/// The console layout of the built-in simple formatter (<c>info: Category[0]</c>, then the message indented), with
/// every logged value escaped by <see cref="LogText"/>: messages, scopes and exceptions carry text from clients
/// (channel and conversation ids, user ids, message snippets), and none of it may begin a line of its own.
/// </summary>
public sealed class EscapingConsoleFormatter : ConsoleFormatter, IDisposable
{
    public const string FormatterName = "petitionbot";
    private const string Padding = "      ";
    private readonly IDisposable? _reload;
    private SimpleConsoleFormatterOptions _options;

    public EscapingConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : base(FormatterName)
    {
        _options = options.CurrentValue;
        _reload = options.OnChange(changed => _options = changed);
    }

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null) return;
        var options = _options;
        var separator = options.SingleLine ? " " : Environment.NewLine + Padding;

        if (options.TimestampFormat is { } format)
        {
            var now = options.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            textWriter.Write(now.ToString(format, System.Globalization.CultureInfo.InvariantCulture));
        }
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(LogText.Escape(logEntry.Category));
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.Write(']');
        if (options.IncludeScopes && scopeProvider is not null)
        {
            scopeProvider.ForEachScope((scope, writer) =>
            {
                writer.Write(separator.Length == 1 ? " => " : separator + "=> ");
                writer.Write(LogText.Escape(scope?.ToString()));
            }, textWriter);
        }
        if (message is not null)
        {
            textWriter.Write(separator);
            textWriter.Write(LogText.Escape(message));
        }
        if (logEntry.Exception is { } exception)
        {
            // A stack trace keeps its lines, each indented and escaped, so none can pass for a new entry.
            foreach (var line in exception.ToString().Split('\n'))
            {
                textWriter.Write(Environment.NewLine + Padding);
                textWriter.Write(LogText.Escape(line.TrimEnd('\r')));
            }
        }
        textWriter.Write(Environment.NewLine);
    }

    public void Dispose() => _reload?.Dispose();

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
