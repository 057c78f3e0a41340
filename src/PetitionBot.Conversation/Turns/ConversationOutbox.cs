namespace PetitionBot.Conversation.Turns;

/// <summary>
/// Replies of one conversation not yet accepted by the channel, oldest first; they are sent in this order. One instance
/// at a time delivers them: until <see cref="NextTryAt"/> the outbox belongs to whoever set it (its claim, or the back-off
/// after a failure); after that anyone may claim it.
/// </summary>
public sealed class ConversationOutbox
{
    public List<PendingReply> Replies { get; set; } = [];

    /// <summary>No one else tries before this time; null when nobody holds the outbox.</summary>
    public DateTimeOffset? NextTryAt { get; set; }

    /// <summary>Failed tries of the oldest reply in a row, for the back-off.</summary>
    public int FailedTries { get; set; }
}
