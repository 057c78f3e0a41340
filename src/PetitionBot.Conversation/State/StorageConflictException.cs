namespace PetitionBot.Conversation.State;

/// <summary>A compare-and-set write lost: someone else wrote the key since it was read. Re-read and retry.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException(IReadOnlyList<string> keys)
        : base(MessageFor(keys))
    {
        if (keys.Count == 0)
            throw new ArgumentException("A conflict names at least one key.", nameof(keys));
        Keys = keys;
    }

    /// <summary>The first conflicting key of the batch.</summary>
    public string Key => Keys[0];

    /// <summary>Every key of the batch whose write was refused.</summary>
    public IReadOnlyList<string> Keys { get; }

    private static string MessageFor(IReadOnlyList<string> keys) =>
        keys.Count == 1
            ? $"ETag conflict on state key '{keys[0]}'."
            : $"ETag conflict on {keys.Count} state keys, first '{(keys.Count > 0 ? keys[0] : "")}'.";
}
