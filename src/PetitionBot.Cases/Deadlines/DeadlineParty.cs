namespace PetitionBot.Cases.Deadlines;

/// <summary>Who must act before the due date: the office, or the petitioner (e.g. asking for 复查).</summary>
public enum DeadlineParty
{
    Office,
    Petitioner,
}
