using Microsoft.Extensions.DependencyInjection.Extensions;
using PetitionBot.DirectLine;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.WebChat;

/// <summary>
/// The self-hosted Direct Line channel (section "DirectLine"; Redis through the process's shared connection) and the
/// Web Chat page with its sign-in (section "WebChat").
/// </summary>
public static class WebChatServices
{
    /// <param name="redis">The process's Redis connection (the host owns it); null keeps logs and sign-in counts in memory.</param>
    public static IServiceCollection AddWebChatChannel(this IServiceCollection services, IConfiguration configuration, SharedRedis? redis)
    {
        var options = new DirectLineOptions { BotId = "petitionbot", BotName = "信访工作助手" };
        configuration.GetSection("DirectLine").Bind(options);
        services.AddDirectLineChannel(options, redis);
        services.TryAddSingleton<IDirectLineBot, PipelineDirectLineBot>();
        services.AddSingleton(configuration.GetSection("WebChat").Get<WebChatOptions>() ?? new WebChatOptions());
        AddSignInLimits(services, configuration, redis);
        return services.AddChannel<WebChatChannel>();
    }

    /// <summary>Sign-in failure counts in Redis when it is configured (shared by every instance), else in memory.</summary>
    private static void AddSignInLimits(IServiceCollection services, IConfiguration configuration, SharedRedis? redis)
    {
        var limits = configuration.GetSection("WebChat:SignIn").Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        services.AddSingleton(limits);
        services.AddSingleton<PasswordCheckGate>();
        services.AddSingleton<SignInLimiter>();
        if (redis is null)
            services.AddSingleton<ISignInAttemptStore>(sp => new MemorySignInAttemptStore(sp.GetRequiredService<TimeProvider>()));
        else
            services.AddSingleton<ISignInAttemptStore>(_ => new RedisSignInAttemptStore(redis));
    }
}
