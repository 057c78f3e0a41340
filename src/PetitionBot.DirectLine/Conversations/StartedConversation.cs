namespace PetitionBot.DirectLine.Conversations;

/// <summary>The result of starting a conversation: false <see cref="IsNew"/> when the token's conversation was already started.</summary>
public sealed record StartedConversation(string ConversationId, bool IsNew);
