namespace PetitionBot.Cases.Reminders;

/// <summary>Which cases a subscriber hears about.</summary>
public enum ReminderScope
{
    /// <summary>Every case (a supervisor of the whole office).</summary>
    All,

    /// <summary>Cases registered by, or the responsibility of, one of the subscriber's units.</summary>
    Units,

    /// <summary>Cases the subscriber handles (承办人): an officer's own cases.</summary>
    OwnCases,
}
