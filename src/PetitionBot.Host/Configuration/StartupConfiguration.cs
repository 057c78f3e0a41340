using PetitionBot.Protocol.Authentication;
using PetitionBot.Channels;
using PetitionBot.Channels.BotFramework;
using PetitionBot.Channels.Callers;
using PetitionBot.Channels.WeCom;
using PetitionBot.Host.Telemetry;
using PetitionBot.Host.Admin;

namespace PetitionBot.Host.Configuration;

/// <summary>Settings checked before anything starts, so a wrong one is named instead of failing deep inside.</summary>
public static class StartupConfiguration
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var auth = new BotAuthenticationOptions();
        configuration.Bind(auth);
        var problems = auth.Problems().ToList();
        UnauthenticatedCallers.From(auth, configuration, problems);
        ForwardedClientAddress.Proxies(configuration, problems);
        problems.AddRange((configuration.GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions()).Problems());
        var telemetry = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        problems.AddRange(telemetry.Problems());
        AddressRanges.Parse(telemetry.Prometheus.AllowFrom, "Telemetry:Prometheus:AllowFrom", problems);
        if (WeComServices.OptionsFrom(configuration) is { IsConfigured: true } weCom)
            problems.AddRange(weCom.Problems());
        problems.AddRange(AdminOptions.From(configuration).Problems());
        try
        {
            RetentionSettings.From(configuration);
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message);
        }
        return problems;
    }
}
