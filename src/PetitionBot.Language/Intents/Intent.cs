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

    /// <summary>Greetings, thanks, chatter: a short friendly reply, never a form.</summary>
    Smalltalk,
    Cancel,
    Back,
    Restart,
}
