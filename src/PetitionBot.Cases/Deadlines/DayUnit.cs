namespace PetitionBot.Cases.Deadlines;

/// <summary>How a time limit counts: calendar days ("N日") or working days ("N个工作日").</summary>
public enum DayUnit
{
    CalendarDays,
    WorkingDays,
}
