namespace PetitionBot.Chat.Cases;

/// <summary>The case lists a user can ask for.</summary>
public enum CaseListKind
{
    DueThisWeek,
    Overdue,
    Collective,
    Mine,
    PetitionerName,
    PetitionerPhone,
    PetitionerIdNumber,
}
