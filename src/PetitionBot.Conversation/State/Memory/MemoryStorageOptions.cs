namespace PetitionBot.Conversation.State.Memory;

public sealed class MemoryStorageOptions
{
    /// <summary>Items not read or written for this long disappear; null keeps them until deleted.</summary>
    public TimeSpan? SlidingTtl { get; set; }
}
