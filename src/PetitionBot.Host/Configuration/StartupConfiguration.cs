using PetitionBot.Host.Endpoints;
using PetitionBot.Protocol.Authentication;

namespace PetitionBot.Host.Configuration;

/// <summary>Settings checked before anything starts, so a wrong one is named instead of failing deep inside.</summary>
public static class StartupConfiguration
{
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var auth = new BotAuthenticationOptions();
        configuration.Bind(auth);
        var messages = configuration.GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions();
        return [.. auth.Problems(), .. messages.Problems()];
    }
}
