using Microsoft.Extensions.Logging.Console;
using PetitionBot.Host.Logging;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// Console logs through <see cref="EscapingConsoleFormatter"/> in place of the simple formatter, so client-sent text
/// cannot forge log lines. A deliberately chosen formatter (json, systemd) is kept: those escape values themselves.
/// </summary>
public static class LogServices
{
    public static IServiceCollection AddEscapedConsoleLog(this IServiceCollection services)
    {
        services.AddLogging(logging => logging.AddConsoleFormatter<EscapingConsoleFormatter, SimpleConsoleFormatterOptions>());
        services.PostConfigure<ConsoleLoggerOptions>(options =>
        {
            if (options.FormatterName is null or ConsoleFormatterNames.Simple)
                options.FormatterName = EscapingConsoleFormatter.FormatterName;
        });
        return services;
    }
}
