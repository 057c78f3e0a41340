namespace PetitionBot.Conversation.State.Redis;

/// <summary>The process's one Redis connection (configuration section "Redis"), shared by every store that uses Redis.</summary>
public sealed class SharedRedisOptions
{
    /// <summary>StackExchange.Redis connection string, e.g. "127.0.0.1:6379,password=…".</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Prepended to every key and channel so several bots (or environments) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "petitionbot:";

    /// <summary>Longest a single call waits for Redis before reporting it unavailable.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
