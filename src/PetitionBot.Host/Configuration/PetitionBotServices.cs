using PetitionBot.Channels;
using PetitionBot.Channels.BotFramework;
using PetitionBot.Channels.WebChat;
using PetitionBot.Chat;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Host.Configuration;

/// <summary>Wires the bot from configuration: embedded defaults, Redis when <c>Redis:Configuration</c> is set.</summary>
public static class PetitionBotServices
{
    public static IServiceCollection AddPetitionBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEscapedConsoleLog();
        services.AddSingleton(TimeProvider.System);
        AddStateStorage(services, configuration);
        services.AddCases(configuration);
        // After AddCases: the case schema migrates first; a configured test clock replaces the TimeProvider.
        services.AddReminders(configuration);
        services.AddPetitionChat(configuration, demoUsers: DemoMode.IsOn(configuration));
        AddTurnPipeline(services, configuration);

        // One line per channel; the first that serves a conversation delivers to it, so the catch-all Connector API is last.
        services.AddWebChatChannel(configuration);
        services.AddBotFrameworkChannel(configuration);
        return services;
    }

    private static void AddStateStorage(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection("Redis").Get<RedisStorageOptions>();
        if (redis is { Configuration.Length: > 0 })
        {
            services.AddSingleton<IStateStorage>(_ => new RedisStorage(redis));
            return;
        }
        var memory = configuration.GetSection("MemoryState").Get<MemoryStorageOptions>() ?? new MemoryStorageOptions();
        services.AddSingleton<IStateStorage>(sp => new MemoryStorage(memory, sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddTurnPipeline(IServiceCollection services, IConfiguration configuration)
    {
        var messages = configuration.GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions();
        services.AddSingleton(sp => new TurnPipeline(
            sp.GetRequiredService<IStateStorage>(), sp.GetRequiredService<IBot>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnPipeline>>(), new TurnPipelineOptions
            {
                ReplayRepliesFor = messages.ReplayRepliesFor,
                ReplayRepliesCount = messages.ReplayRepliesCount,
                OutboxClaimFor = messages.DeliveryClaimFor,
            }));
    }
}
