namespace PetitionBot.Conversation.State.Redis;

/// <summary>What only state storage decides; the connection, key prefix and timeout come from <see cref="SharedRedis"/>.</summary>
public sealed class RedisStorageOptions
{
    /// <summary>Items not read or written for this long expire; null keeps them until deleted.</summary>
    public TimeSpan? SlidingTtl { get; set; }
}
