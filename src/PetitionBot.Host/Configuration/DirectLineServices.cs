using Microsoft.Extensions.DependencyInjection.Extensions;
using PetitionBot.DirectLine;
using PetitionBot.DirectLine.Storage.Redis;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Host.Reminders;
using PetitionBot.Host.WebChat;
using PetitionBot.Host.WebChat.SignIn;

namespace PetitionBot.Host.Configuration;

/// <summary>
/// The self-hosted Direct Line channel (sections "DirectLine", and "Redis" shared with state storage) and the
/// Web Chat page with its sign-in (section "WebChat").
/// </summary>
public static class DirectLineServices
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DirectLineOptions { BotId = "petitionbot", BotName = "信访工作助手" };
        configuration.GetSection("DirectLine").Bind(options);
        services.AddDirectLineChannel(options, configuration["Redis:Configuration"]);
        services.TryAddSingleton<IDirectLineBot, PipelineDirectLineBot>();
        // Reminders to Web Chat users are appended to their Direct Line conversation.
        services.AddSingleton<IProactiveChannel, DirectLineProactiveChannel>();

        var webChat = configuration.GetSection("WebChat").Get<WebChatOptions>() ?? new WebChatOptions();
        services.AddSingleton(webChat);
        services.AddSingleton<WebChatUserDirectory>();
        AddSignInLimits(services, configuration);
        return services;
    }

    /// <summary>Sign-in failure counts in Redis when it is configured (shared by every instance), else in memory.</summary>
    private static void AddSignInLimits(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("WebChat:SignIn").Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        services.AddSingleton(limits);
        services.AddSingleton<PasswordCheckGate>();
        services.AddSingleton<SignInLimiter>();
        if (string.IsNullOrWhiteSpace(configuration["Redis:Configuration"]))
        {
            services.AddSingleton<ISignInAttemptStore>(sp => new MemorySignInAttemptStore(sp.GetRequiredService<TimeProvider>()));
            return;
        }
        var prefix = configuration["Redis:KeyPrefix"] ?? "petitionbot:";
        services.AddSingleton<ISignInAttemptStore>(sp => new RedisSignInAttemptStore(sp.GetRequiredService<RedisConnection>(), prefix));
    }

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TokenSigningKey>().IsEphemeral)
            app.Logger.LogWarning("DirectLine:TokenSigningKey is not set: Direct Line tokens are signed with a random key and stop working after a restart; several instances must share one key.");
        app.UseWebSockets();
        app.MapDirectLineChannel();
        SignInEndpoints.Map(app);
        DemoAccountsEndpoint.Map(app);
        WebChatPage.Map(app);
        return app;
    }
}
