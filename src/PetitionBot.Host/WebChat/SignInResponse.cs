namespace PetitionBot.Host.WebChat;

/// <summary>What the page needs to open Web Chat: a Direct Line token for a new conversation of the signed-in user.</summary>
public sealed record SignInResponse(string Token, string ConversationId, string UserId, string UserName, int ExpiresIn);
