namespace PetitionBot.Conversation.State;

/// <summary>When a write may replace what is stored under its key.</summary>
public enum StateWriteCondition
{
    /// <summary>Create or overwrite whatever is there (last writer wins).</summary>
    Always,

    /// <summary>Only if the stored ETag equals the expected one.</summary>
    IfMatch,

    /// <summary>Only if nothing is stored under the key (first write of a new conversation).</summary>
    IfAbsent,
}
