using System.Diagnostics;
using System.Text.Json;
using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Language.DateTimes;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// One scheduling pass decides what is due, in the database: new yellow/red transitions are recorded and queued per
/// subscriber, and digests whose time has come are queued. Safe to run on several instances at once and as often as
/// wanted; a pass after downtime catches up once, because what was queued is remembered, not when the last pass ran.
/// </summary>
public sealed class ReminderScheduler(ReminderStore store, CaseDeadlines deadlines, ReminderOptions options, TimeProvider time)
{
    private readonly ReminderCalendar _calendar = new(deadlines);

    public async Task<SchedulerPass> RunPassAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var local = now.ToOffset(ShanghaiClock.Offset);
        var today = DateOnly.FromDateTime(local.DateTime);
        var yellowTo = _calendar.YellowTo(today);
        var held = !options.FireOnRestDays && !_calendar.IsWorkingDay(today);

        var (transitions, queued) = await store.Schedule.RecordTransitionsAsync(today, yellowTo, now, async (found, ct) =>
        {
            var fanOut = new AlertFanOut(await store.Subscriptions.ActiveSubscriptionsAsync(ct), options.MaxAlertsPerSubscriberPerPass);
            return Plan(found, fanOut, today, now, held);
        }, cancellationToken);
        var digests = held ? 0 : await QueueDigestsAsync(now, local, today, yellowTo, cancellationToken);
        return new SchedulerPass(now, today, transitions, queued, digests, Stopwatch.GetElapsedTime(started));
    }

    private List<PlannedDelivery> Plan(IReadOnlyList<CaseTransition> transitions, AlertFanOut fanOut, DateOnly today,
        DateTimeOffset now, bool heldToday)
    {
        var planned = new List<PlannedDelivery>();
        // Whether a transition is held depends on its due date and colour only: worked out once for each.
        var heldByDue = new Dictionary<(DateOnly, DeadlineColour), bool>();
        foreach (var (subscriber, transition) in fanOut.Plan(transitions))
        {
            var key = (transition.Case.DueDate, transition.Colour);
            if (!heldByDue.TryGetValue(key, out var held))
            {
                // Would it have fired on a rest day only (e.g. found on Monday after a weekend)? Then the digest reports it.
                heldByDue[key] = held = heldToday || (!options.FireOnRestDays
                    && _calendar.StartedOnRestDaysOnly(_calendar.ColourStart(transition.Case.DueDate, transition.Colour), today));
            }
            planned.Add(new PlannedDelivery(subscriber.Id, transition,
                held ? DeliveryStatus.Folded : DeliveryStatus.Pending,
                held ? now : Later(now, At(today, subscriber.DigestTime))));
        }
        return planned;
    }

    private async Task<int> QueueDigestsAsync(DateTimeOffset now, DateTimeOffset local, DateOnly today, DateOnly yellowTo,
        CancellationToken cancellationToken)
    {
        var due = await store.Subscriptions.DigestsDueAsync(TimeOnly.FromDateTime(local.DateTime), ReminderKeys.Digest(today), cancellationToken);
        if (due.Count == 0)
            return 0;

        var cases = new DigestCases(today, options.DigestTopCount);
        await store.Schedule.ReadDueCasesAsync(yellowTo, cases.Add, cancellationToken);
        var folded = (await store.Schedule.FoldedAsync(cancellationToken)).ToLookup(f => f.SubscriptionId);
        // Subscribers with the same scope and nothing held back get the same digest: written once.
        var shared = new Dictionary<DigestCases.Group, string>(ReferenceEqualityComparer.Instance);
        var planned = new List<PlannedDigest>(due.Count);
        foreach (var subscriber in due)
        {
            var held = folded[subscriber.Id].ToList();
            var group = cases.For(subscriber);
            if (held.Count > 0 || !shared.TryGetValue(group, out var payload))
            {
                payload = JsonSerializer.Serialize(Digest(group, today, held));
                if (held.Count == 0)
                    shared[group] = payload;
            }
            planned.Add(new PlannedDigest(subscriber.Id, today, payload, now, [.. held.Select(f => f.Id)]));
        }
        return await store.Schedule.QueueDigestsAsync(planned, now, cancellationToken);
    }

    private DigestContent Digest(DigestCases.Group group, DateOnly today, IReadOnlyList<FoldedReminder> held)
    {
        var isNew = held.Select(f => f.CaseNumber).ToHashSet(StringComparer.Ordinal);
        var lines = group.MostUrgent.Select(c =>
        {
            var colour = c.DueDate < today ? DeadlineColour.Red : DeadlineColour.Yellow;
            return new DigestLine(c.Number, deadlines.Policy.Rule(c.Step).Due, c.DueDate, colour,
                colour == DeadlineColour.Red ? today.DayNumber - c.DueDate.DayNumber : 0,
                colour == DeadlineColour.Red ? 0 : _calendar.WorkingDaysLeft(today, c.DueDate),
                isNew.Contains(c.Number));
        }).ToList();
        return new DigestContent(today, group.Red, group.Yellow, lines, held.Select(f => f.CaseNumber).Distinct().Count());
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly timeOfDay) =>
        new(day.ToDateTime(timeOfDay), ShanghaiClock.Offset);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
