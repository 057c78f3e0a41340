using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Channels;

namespace PetitionBot.Channels.BotFramework;

/// <summary>
/// The Bot Framework channel: inbound authentication (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId …),
/// the callers allowed without it (Messages:AllowUnauthenticatedFrom), the serviceUrl allow-list and the Connector client.
/// </summary>
public static class BotFrameworkServices
{
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // Loopback channels (Emulator, Agents Playground, local tests) only in development unless configured.
        services.AddSingleton(sp => sp.GetRequiredService<MessagesOptions>().ServiceUrlPolicy(sp.GetService<IHostEnvironment>()?.IsDevelopment() ?? false));

        var auth = new BotAuthenticationOptions();
        configuration.Bind(auth);
        services.AddSingleton(auth);
        services.AddSingleton(UnauthenticatedCallers.From(auth, configuration, []));
        // Signing keys and the bot's own token: a blip at the identity provider is retried (Retry-After honoured) with a
        // circuit and timeouts, the standard resilience pipeline. The Connector client runs its own (ConnectorResilience).
        services.AddHttpClient("openid").AddStandardResilienceHandler();
        services.AddHttpClient("token").AddStandardResilienceHandler();
        services.AddSingleton(sp => new InboundRequestAuthenticator(auth, sp.GetRequiredService<IHttpClientFactory>().CreateClient("openid")));
        services.AddHttpClient("connector");
        services.AddSingleton(sp => BotTokenProviderFactory.Create(auth, sp.GetRequiredService<IHttpClientFactory>().CreateClient("token")));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("connector"), sp.GetRequiredService<IBotTokenProvider>(),
            timeProvider: sp.GetRequiredService<TimeProvider>(), serviceUrls: sp.GetRequiredService<ServiceUrlPolicy>()));
        return services.AddChannel<BotFrameworkChannel>();
    }
}
