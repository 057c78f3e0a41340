namespace PetitionBot.Language.Intents;

/// <summary>What a case query asks for: one case's status, a list, or statistics.</summary>
public enum CaseQueryKind
{
    Status,
    DueThisWeek,
    DueSoon,
    Overdue,
    MyCases,
    GroupVisits,
    Search,

    /// <summary>Counts, rates, trends or repeat petitioners over a period ("本月统计", "上月各单位超期率").</summary>
    Statistics,
}
