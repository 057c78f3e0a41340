using Microsoft.Extensions.DependencyInjection.Extensions;
using PetitionBot.DirectLine;
using PetitionBot.DirectLine.Storage.Redis;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.WebChat;

/// <summary>
/// The self-hosted Direct Line channel (sections "DirectLine", and "Redis" shared with state storage) and the
/// Web Chat page with its sign-in (section "WebChat").
/// </summary>
public static class WebChatServices
{
    public static IServiceCollection AddWebChatChannel(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DirectLineOptions { BotId = "petitionbot", BotName = "信访工作助手" };
        configuration.GetSection("DirectLine").Bind(options);
        services.AddDirectLineChannel(options, configuration["Redis:Configuration"]);
        services.TryAddSingleton<IDirectLineBot, PipelineDirectLineBot>();
        services.AddSingleton(configuration.GetSection("WebChat").Get<WebChatOptions>() ?? new WebChatOptions());
        AddSignInLimits(services, configuration);
        return services.AddChannel<WebChatChannel>();
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

}
