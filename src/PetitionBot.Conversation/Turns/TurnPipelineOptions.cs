namespace PetitionBot.Conversation.Turns;

/// <summary>Bounds of the turn pipeline.</summary>
public sealed class TurnPipelineOptions
{
    /// <summary>Runs of one turn before a compare-and-set conflict is given up.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How long the replies of an expectReplies activity are kept for a re-delivery of it.</summary>
    public TimeSpan ReplayRepliesFor { get; set; } = DefaultReplayRepliesFor;

    /// <summary>At most this many activities of a conversation keep their replies (the newest).</summary>
    public int ReplayRepliesCount { get; set; } = DefaultReplayRepliesCount;

    /// <summary>How long the instance that ran a turn owns the outbox it filled before another may take it over.</summary>
    public TimeSpan OutboxClaimFor { get; set; } = DefaultOutboxClaimFor;

    // The defaults, which the host's configuration section starts from too.
    public static readonly TimeSpan DefaultReplayRepliesFor = TimeSpan.FromMinutes(10);
    public const int DefaultReplayRepliesCount = 1;
    public static readonly TimeSpan DefaultOutboxClaimFor = TimeSpan.FromMinutes(3);
}
