using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>Turns a case's dates and the deadline policy into its next due step. Colour is never stored.</summary>
public sealed class CaseDeadlines(DeadlinePolicy policy, DeadlineCalculator calculator)
{
    public DeadlinePolicy Policy { get; } = policy;
    public DeadlineCalculator Calculator { get; } = calculator;

    /// <summary>Reads calendar/cn-*.json and deadline-policy*.json from the repository's regulations folder.</summary>
    public static CaseDeadlines Load(string regulationsFolder) => new(
        DeadlinePolicy.LoadFolder(regulationsFolder),
        new DeadlineCalculator(WorkingCalendar.Load(Path.Combine(regulationsFolder, "calendar"))));

    /// <summary>The step the case waits for (<see cref="CaseSteps.Waits"/>), or null when nothing has a time limit (e.g. 终结).</summary>
    public PendingDeadline? Pending(PetitionCase c)
    {
        if (CaseSteps.WaitIn(c.Status) is not { } wait || wait.ClockStart(c.Dates) is not { } start)
            return null;
        // Hearing days are not counted; hearings are only ever held while a re-review waits for its decision.
        return wait.Step == DeadlineStep.Conclude ? ConcludeDue(c) : Due(c, wait.Step, start, c.Hearings);
    }

    /// <summary>The next due step with its colour on <paramref name="today"/>.</summary>
    public NextDue? NextDue(PetitionCase c, DateOnly today)
    {
        if (Pending(c) is not { } pending)
            return null;
        var date = pending.Due.Date;
        var colour = Calculator.Colour(date, today, Policy.YellowWorkingDays);
        return new NextDue(
            pending.Rule.Step,
            pending.Rule.Due,
            date,
            pending.Due.IsProvisional,
            pending.Due.ProvisionalNote,
            pending.Rule.Citation,
            pending.Rule.Party,
            colour,
            Calculator.WorkingDaysLeft(today, date),
            colour == DeadlineColour.Red ? today.DayNumber - date.DayNumber : 0);
    }

    /// <summary>The 办结 due date before any 延期.</summary>
    public DueDate? ConcludeDueWithoutExtension(PetitionCase c) =>
        c.Dates.Accepted is { } accepted
            ? Calculator.DueDate(accepted, Policy.Rule(DeadlineStep.Conclude, c.Jurisdiction).Limit)
            : null;

    /// <summary>The last day a petition window (复查/复核 request) is open, if it has started.</summary>
    public DueDate? WindowEnd(PetitionCase c, DeadlineStep step)
    {
        var start = step switch
        {
            DeadlineStep.ReviewRequest => c.Dates.ReplyDelivered,
            DeadlineStep.ReReviewRequest => c.Dates.ReviewReplyDelivered,
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a petitioner's request window."),
        };
        return start is { } s ? Calculator.DueDate(s, Policy.Rule(step, c.Jurisdiction).Limit) : null;
    }

    /// <summary>The 办结 due date with any 延期, once the case is accepted; on time means concluded on or before it.</summary>
    public DueDate? ConcludeDueDate(PetitionCase c) => ConcludeDue(c)?.Due;

    private PendingDeadline? ConcludeDue(PetitionCase c)
    {
        if (ConcludeDueWithoutExtension(c) is not { } due)
            return null;
        var rule = Policy.Rule(DeadlineStep.Conclude, c.Jurisdiction);
        if (c.Extension is { } extension)
            due = Calculator.Extend(due, extension.Days);
        return new PendingDeadline(rule, due);
    }

    private PendingDeadline Due(PetitionCase c, DeadlineStep step, DateOnly start, IReadOnlyCollection<DateRange>? notCounted = null)
    {
        var rule = Policy.Rule(step, c.Jurisdiction);
        return new PendingDeadline(rule, Calculator.DueDate(start, rule.Limit, notCounted ?? []));
    }
}
