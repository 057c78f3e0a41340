namespace PetitionBot.Language.Intents;

/// <summary>What a case query asks for: one case's status, or a list.</summary>
public enum CaseQueryKind
{
    Status,
    DueThisWeek,
    DueSoon,
    Overdue,
    MyCases,
    GroupVisits,
    Search,
}
