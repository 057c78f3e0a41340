namespace PetitionBot.Conversation.State;

/// <summary>The one rule every storage applies to keys: any string except null or empty.</summary>
internal static class StateKey
{
    public static void EnsureValid(string? key)
    {
        if (string.IsNullOrEmpty(key))
            throw new ArgumentException("A state key must be a non-empty string.", nameof(key));
    }
}
