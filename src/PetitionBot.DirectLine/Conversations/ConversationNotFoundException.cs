namespace PetitionBot.DirectLine.Conversations;

public sealed class ConversationNotFoundException(string conversationId)
    : Exception($"Direct Line conversation '{conversationId}' does not exist or has expired.")
{
    public string ConversationId { get; } = conversationId;
}
