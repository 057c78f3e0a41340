namespace PetitionBot.DirectLine.Storage;

/// <summary>A change other streams must react to: new activities, or a newer stream taking the conversation over.</summary>
public sealed record ConversationSignal(string ConversationId, ConversationSignalKind Kind, string? StreamId = null);

public enum ConversationSignalKind
{
    Appended,
    /// <summary>A stream with <see cref="ConversationSignal.StreamId"/> connected; any other stream of the conversation must close.</summary>
    StreamClaimed,
}
