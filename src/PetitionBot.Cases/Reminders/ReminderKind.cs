namespace PetitionBot.Cases.Reminders;

public enum ReminderKind
{
    /// <summary>One case turned yellow or red.</summary>
    CaseAlert,

    /// <summary>The daily summary.</summary>
    Digest,
}
