namespace PetitionBot.Channels.WebChat;

/// <summary>
/// What the page needs to open Web Chat: a Direct Line token for a new conversation of the signed-in user, and the
/// one-tap starts to show above the chat (the bot's own menu for this user: staff get no case lists).
/// </summary>
public sealed record SignInResponse(string Token, string ConversationId, string UserId, string UserName, int ExpiresIn, string[] Menu);
