using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using PetitionBot.Channels.WeCom.Api;
using PetitionBot.Channels.WeCom.Callback;
using PetitionBot.Channels.WeCom.Inbound;
using PetitionBot.Channels.WeCom.Members;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Channels.WeCom;

/// <summary>The WeCom channel (section "WeCom"), its access token shared through Redis when there is Redis.</summary>
public static class WeComServices
{
    /// <summary>True when section "WeCom" names any credential: the host then adds the channel (and refuses to start
    /// when <see cref="WeComOptions.Problems"/> finds any).</summary>
    public static bool IsConfigured(IConfiguration configuration) => OptionsFrom(configuration).IsConfigured;

    public static WeComOptions OptionsFrom(IConfiguration configuration) =>
        configuration.GetSection(WeComOptions.Section).Get<WeComOptions>() ?? new WeComOptions();

    /// <param name="redis">The process's Redis connection; the token cache uses it. Null: the token is cached in memory.</param>
    /// <remarks>Call after the chat (<c>AddPetitionChat</c>) is added: the channel stands its member gate before the bot.</remarks>
    public static IServiceCollection AddWeComChannel(this IServiceCollection services, IConfiguration configuration, SharedRedis? redis)
    {
        var options = OptionsFrom(configuration);
        if (options.Problems() is { Count: > 0 } problems)
            throw new InvalidOperationException("WeCom is not configured correctly: " + string.Join(" ", problems));
        services.AddSingleton(options);
        services.AddSingleton<WeComCallbackAuthenticator>();
        services.AddSingleton<WeComUrlVerification>();
        services.AddSingleton<WeComCallbackReader>();
        services.AddSingleton<WeComMembers>();
        services.AddSingleton<WeComActivities>();

        // Without loggers: the URLs carry the secret and the token.
        services.AddHttpClient("wecom", client => client.Timeout = options.ApiTimeout).RemoveAllLoggers();
        services.AddSingleton(sp => new WeComApi(sp.GetRequiredService<IHttpClientFactory>().CreateClient("wecom"), options));
        services.AddSingleton(sp => new WeComTokenCache(TokenCache(redis), options, sp.GetRequiredService<ILogger<WeComTokenCache>>()));
        services.AddSingleton<WeComAccessTokens>();
        services.AddSingleton<WeComSender>();
        GateTheBot(services);
        return services.AddChannel<WeComChannel>();
    }

    /// <summary>
    /// Redis over the process's one multiplexer, or memory. Made here rather than by the container, so that it is never
    /// disposed by it: disposing a RedisCache closes its connection, which is the shared one.
    /// </summary>
    private static IDistributedCache TokenCache(SharedRedis? redis) =>
        redis is null
            ? new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()))
            : new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = redis.KeyPrefix,
                ConnectionMultiplexerFactory = () => redis.RunAsync(connection => Task.FromResult(connection), CancellationToken.None),
            }));

    /// <summary>Wraps the registered bot in the <see cref="WeComMemberGate"/>.</summary>
    private static void GateTheBot(IServiceCollection services)
    {
        var bot = services.LastOrDefault(s => s.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("Add the chat (IBot) before the WeCom channel: the channel gates it.");
        services.Remove(bot);
        services.AddSingleton<IBot>(sp => new WeComMemberGate(
            bot.ImplementationInstance as IBot
            ?? bot.ImplementationFactory?.Invoke(sp) as IBot
            ?? (IBot)ActivatorUtilities.CreateInstance(sp, bot.ImplementationType!)));
    }
}
