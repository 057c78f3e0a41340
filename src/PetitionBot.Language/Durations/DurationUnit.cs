namespace PetitionBot.Language.Durations;

public enum DurationUnit
{
    Days,
    WorkingDays,
    Weeks,
    Months,
    Years,
}
