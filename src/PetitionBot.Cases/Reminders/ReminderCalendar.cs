using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;

namespace PetitionBot.Cases.Reminders;

/// <summary>The day arithmetic of reminders: which due dates are yellow today, when a colour began, rest days.</summary>
public sealed class ReminderCalendar(CaseDeadlines deadlines)
{
    // Longer than any run of rest days plus the yellow window; only bounds the walk.
    private const int MaxWalkDays = 60;

    private DeadlineCalculator Calculator => deadlines.Calculator;

    public int YellowWorkingDays => deadlines.Policy.YellowWorkingDays;

    public bool IsWorkingDay(DateOnly day) => Calculator.Calendar.IsWorkingDay(day);

    /// <summary>The latest due date that is yellow on <paramref name="today"/>: the day before the (N+1)th working day after it.</summary>
    public DateOnly YellowTo(DateOnly today)
    {
        var working = 0;
        for (var day = today.AddDays(1); day <= today.AddDays(MaxWalkDays); day = day.AddDays(1))
        {
            if (IsWorkingDay(day) && ++working > YellowWorkingDays)
                return day.AddDays(-1);
        }
        return today.AddDays(MaxWalkDays);
    }

    public DeadlineColour Colour(DateOnly due, DateOnly today) => Calculator.Colour(due, today, YellowWorkingDays);

    public int WorkingDaysLeft(DateOnly today, DateOnly due) => Calculator.WorkingDaysLeft(today, due);

    /// <summary>The first day a case due on <paramref name="due"/> shows <paramref name="colour"/>.</summary>
    public DateOnly ColourStart(DateOnly due, DeadlineColour colour)
    {
        if (colour == DeadlineColour.Red)
            return due.AddDays(1);
        var start = due;
        for (var i = 0; i < MaxWalkDays && Colour(due, start.AddDays(-1)) == DeadlineColour.Yellow; i++)
            start = start.AddDays(-1);
        return start;
    }

    /// <summary>True when every day from <paramref name="start"/> up to yesterday was a rest day (and there was at least one).</summary>
    public bool StartedOnRestDaysOnly(DateOnly start, DateOnly today)
    {
        if (start >= today)
            return false;
        for (var day = start; day < today; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
                return false;
        }
        return true;
    }
}
