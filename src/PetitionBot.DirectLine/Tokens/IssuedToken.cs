namespace PetitionBot.DirectLine.Tokens;

/// <summary>A signed token and its lifetime in seconds (the wire's expires_in).</summary>
public sealed record IssuedToken(string Token, string ConversationId, int ExpiresInSeconds);
