namespace PetitionBot.Chat.Cases;

/// <summary>A list as asked for, and where paging has got to ("查看更多" moves <see cref="Offset"/> on).</summary>
/// <param name="Argument">The petitioner name or phone searched for; null for the other lists.</param>
public sealed record CaseListRequest(CaseListKind Kind, string? Argument = null, int Offset = 0);
