namespace PetitionBot.Cases.Model;

/// <summary>The one 延期 a case may have: how long, why, and who approved it.</summary>
public sealed record CaseExtension(int Days, string Reason, string Approver, DateOnly On);
