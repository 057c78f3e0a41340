using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>A case seen yellow or red at a stage for the first time.</summary>
public sealed record CaseTransition(DueCase Case, DeadlineColour Colour)
{
    /// <summary>The send-log key: one reminder per case, stage and colour.</summary>
    public string Key => ReminderKeys.CaseAlert(Case.Number, Case.Step, Colour);
}
