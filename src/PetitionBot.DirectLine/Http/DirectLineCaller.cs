using PetitionBot.DirectLine.Tokens;

namespace PetitionBot.DirectLine.Http;

/// <summary>Who is calling: the secret holder (any conversation) or a token holder (one conversation, one user).</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token)
{
    public bool MayUse(string conversationId) => IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
