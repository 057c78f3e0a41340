namespace PetitionBot.Conversation.State;

/// <summary>The state store cannot be reached right now; the turn should be refused politely and retried later.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
