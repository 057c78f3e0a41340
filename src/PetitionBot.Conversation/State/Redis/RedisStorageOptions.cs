namespace PetitionBot.Conversation.State.Redis;

public sealed class RedisStorageOptions
{
    /// <summary>StackExchange.Redis connection string, e.g. "127.0.0.1:6379,password=…".</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Prepended to every key so several bots (or environments) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "petitionbot:";

    /// <summary>Items not read or written for this long expire; null keeps them until deleted.</summary>
    public TimeSpan? SlidingTtl { get; set; }

    /// <summary>Longest a single storage call waits for Redis before reporting it unavailable.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
