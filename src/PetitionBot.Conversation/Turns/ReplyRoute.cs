namespace PetitionBot.Conversation.Turns;

/// <summary>How a turn's replies leave once its state is saved.</summary>
public enum ReplyRoute
{
    /// <summary>Handed back to the caller (expectReplies, the built-in Direct Line).</summary>
    Caller,

    /// <summary>Saved in the conversation's outbox in the same write as the turn, to be sent to the channel afterwards.</summary>
    Outbox,
}
