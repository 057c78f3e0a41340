namespace PetitionBot.Cases.Deadlines;

/// <summary>A statutory period such as 15日 or 5个工作日.</summary>
public sealed record TimeLimit(int Count, DayUnit Unit)
{
    public static TimeLimit Days(int count) => new(count, DayUnit.CalendarDays);

    public static TimeLimit WorkingDays(int count) => new(count, DayUnit.WorkingDays);

    public override string ToString() => Unit == DayUnit.WorkingDays ? $"{Count}个工作日" : $"{Count}日";
}
