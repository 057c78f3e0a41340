namespace PetitionBot.Cases.Deadlines;

/// <summary>
/// All day-counting arithmetic, in one place:
/// the start day is not counted (民法典 第201条); an "N日" period whose last day is a rest day ends on the
/// next working day (民法典 第203条); "N个工作日" counts working days from the day after the start.
/// Any day that falls in a year without a loaded holiday schedule makes the result provisional.
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    public DueDate DueDate(DateOnly start, TimeLimit limit) => DueDate(start, limit, []);

    /// <summary>
    /// The due date of a period starting on <paramref name="start"/>; days inside
    /// <paramref name="notCounted"/> (e.g. 听证 for a 复核 decision) do not count towards the period.
    /// </summary>
    public DueDate DueDate(DateOnly start, TimeLimit limit, IReadOnlyCollection<DateRange> notCounted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit.Count);
        var provisional = false;
        var day = start;
        var counted = 0;
        while (counted < limit.Count)
        {
            day = day.AddDays(1);
            if (IsExcluded(day, notCounted))
                continue;
            if (limit.Unit == DayUnit.WorkingDays && !IsWorkingDay(day, ref provisional))
                continue;
            counted++;
        }
        if (limit.Unit == DayUnit.CalendarDays)
            day = FirstWorkingDayFrom(day, notCounted, ref provisional);
        return new DueDate(day, provisional);
    }

    /// <summary>
    /// A 延期: the extended period runs from the end of the original one (its last day, after any
    /// move past rest days), and again ends on a working day.
    /// </summary>
    public DueDate Extend(DueDate original, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var extended = DueDate(original.Date, TimeLimit.Days(days));
        return extended with { IsProvisional = extended.IsProvisional || original.IsProvisional };
    }

    /// <summary>Working days after <paramref name="today"/> up to and including the due date; 0 once due.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due)
    {
        var left = 0;
        for (var day = today.AddDays(1); day <= due; day = day.AddDays(1))
            if (Calendar.IsWorkingDay(day))
                left++;
        return left;
    }

    /// <summary>Yellow from <paramref name="yellowWorkingDays"/> working days before the due date, red after it.</summary>
    public DeadlineColour Colour(DateOnly due, DateOnly today, int yellowWorkingDays)
    {
        if (today > due)
            return DeadlineColour.Red;
        return WorkingDaysLeft(today, due) <= yellowWorkingDays ? DeadlineColour.Yellow : DeadlineColour.Normal;
    }

    private DateOnly FirstWorkingDayFrom(DateOnly day, IReadOnlyCollection<DateRange> notCounted, ref bool provisional)
    {
        while (IsExcluded(day, notCounted) || !IsWorkingDay(day, ref provisional))
            day = day.AddDays(1);
        return day;
    }

    private bool IsWorkingDay(DateOnly day, ref bool provisional)
    {
        if (!Calendar.IsKnown(day))
            provisional = true;
        return Calendar.IsWorkingDay(day);
    }

    private static bool IsExcluded(DateOnly day, IReadOnlyCollection<DateRange> notCounted)
    {
        foreach (var range in notCounted)
            if (range.Contains(day))
                return true;
        return false;
    }
}
