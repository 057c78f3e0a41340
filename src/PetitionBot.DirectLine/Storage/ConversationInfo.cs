namespace PetitionBot.DirectLine.Storage;

/// <summary>What the channel remembers about a conversation besides its activities.</summary>
public sealed record ConversationInfo(string UserId, string? UserName, string ServiceUrl, DateTimeOffset StartedAt);
