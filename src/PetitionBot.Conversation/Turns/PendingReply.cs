using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>One reply in a conversation's outbox, waiting to be sent to the channel.</summary>
public sealed class PendingReply
{
    /// <summary>Names the entry, so that whoever sent it removes exactly it.</summary>
    public string Id { get; set; } = "";

    /// <summary>When the turn that produced it was saved; too old a reply is given up.</summary>
    public DateTimeOffset QueuedAt { get; set; }

    public Activity Activity { get; set; } = new();
}
