using PetitionBot.Channels;
using PetitionBot.Channels.BotFramework;
using PetitionBot.Channels.WeCom;
using PetitionBot.Channels.WebChat;
using PetitionBot.Chat;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Conversation.Turns;
using PetitionBot.Host.Telemetry;

namespace PetitionBot.Host.Configuration;

/// <summary>Wires the bot from configuration: embedded defaults, Redis when <c>Redis:Configuration</c> is set.</summary>
public static class PetitionBotServices
{
    /// <summary>
    /// The process's one Redis connection, from section "Redis" (Configuration, KeyPrefix, OperationTimeout); null when
    /// <c>Redis:Configuration</c> is empty. The caller owns it and closes it after the host has stopped.
    /// </summary>
    public static SharedRedis? SharedRedisFrom(IConfiguration configuration)
    {
        var options = configuration.GetSection("Redis").Get<SharedRedisOptions>();
        return string.IsNullOrWhiteSpace(options?.Configuration) ? null : new SharedRedis(options);
    }

    /// <param name="redis">From <see cref="SharedRedisFrom"/>: state, Direct Line logs and sign-in counts all use it; null keeps them in memory.</param>
    public static IServiceCollection AddPetitionBot(this IServiceCollection services, IConfiguration configuration, SharedRedis? redis)
    {
        services.AddEscapedConsoleLog();
        services.AddPetitionBotTelemetry(configuration);
        services.AddSingleton(TimeProvider.System);
        AddStateStorage(services, configuration, redis);
        services.AddCases(configuration);
        // After AddCases: the case schema migrates first; a configured test clock replaces the TimeProvider.
        services.AddReminders(configuration);
        services.AddPetitionChat(configuration, demoUsers: DemoMode.IsOn(configuration));
        AddTurnPipeline(services);

        // One line per channel; the first that serves a conversation delivers to it, so the catch-all Connector API is last.
        services.AddWebChatChannel(configuration, redis);
        // Only when section "WeCom" names a credential; start-up refused a half-configured one already.
        if (WeComServices.IsConfigured(configuration))
            services.AddWeComChannel(configuration, redis);
        services.AddBotFrameworkChannel(configuration);
        return services;
    }

    private static void AddStateStorage(IServiceCollection services, IConfiguration configuration, SharedRedis? redis)
    {
        if (redis is not null)
        {
            // Redis:SlidingTtl sits in the same section as the connection.
            var storage = configuration.GetSection("Redis").Get<RedisStorageOptions>() ?? new RedisStorageOptions();
            storage.SlidingTtl = RetentionSettings.StateExpiry(storage.SlidingTtl, RetentionSettings.From(configuration));
            services.AddSingleton<IStateStorage>(_ => new RedisStorage(redis, storage));
            return;
        }
        var memory = configuration.GetSection("MemoryState").Get<MemoryStorageOptions>() ?? new MemoryStorageOptions();
        memory.SlidingTtl = RetentionSettings.StateExpiry(memory.SlidingTtl, RetentionSettings.From(configuration));
        services.AddSingleton<IStateStorage>(sp => new MemoryStorage(memory, sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>The pipeline reads its replay and claim settings from the channels' section "Messages", bound once there.</summary>
    private static void AddTurnPipeline(IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var messages = sp.GetRequiredService<MessagesOptions>();
            return new TurnPipeline(
                sp.GetRequiredService<IStateStorage>(), sp.GetRequiredService<IBot>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<TurnPipeline>>(), new TurnPipelineOptions
                {
                    ReplayRepliesFor = messages.ReplayRepliesFor,
                    ReplayRepliesCount = messages.ReplayRepliesCount,
                    OutboxClaimFor = messages.DeliveryClaimFor,
                });
        });
}
