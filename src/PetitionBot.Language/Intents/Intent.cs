namespace PetitionBot.Language.Intents;

public enum Intent
{
    /// <summary>Nothing matched well enough: the caller should offer help.</summary>
    None,
    LogVisit,
    CaseQuery,
    CaseAction,
    RegulationQuestion,
    Accountability,
    Reminders,
    Help,
    Cancel,
    Back,
    Restart,
}
