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
public sealed class ReminderScheduler(IReminderStore store, CaseDeadlines deadlines, ReminderOptions options, TimeProvider time)
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

        var subscriptions = await store.ActiveSubscriptionsAsync(cancellationToken);
        var index = new SubscriberIndex(subscriptions);
        var (transitions, queued) = await store.RecordTransitionsAsync(today, yellowTo, now,
            found => Plan(found, index, today, now, held), cancellationToken);
        var digests = held ? 0 : await QueueDigestsAsync(subscriptions, now, local, today, yellowTo, cancellationToken);
        return new SchedulerPass(now, today, transitions, queued, digests, Stopwatch.GetElapsedTime(started));
    }

    private List<PlannedDelivery> Plan(IReadOnlyList<CaseTransition> transitions, SubscriberIndex index, DateOnly today,
        DateTimeOffset now, bool heldToday)
    {
        var planned = new List<PlannedDelivery>();
        var perSubscriber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var transition in transitions)
        {
            // Would it have fired on a rest day only (e.g. found on Monday after a weekend)? Then the digest reports it.
            var held = heldToday || (!options.FireOnRestDays
                && _calendar.StartedOnRestDaysOnly(_calendar.ColourStart(transition.Case.DueDate, transition.Colour), today));
            foreach (var subscriber in index.Matching(transition.Case))
            {
                // Beyond the bound (e.g. the first pass over a large existing database) the digest's counts cover it.
                var count = perSubscriber[subscriber.Id] = perSubscriber.GetValueOrDefault(subscriber.Id) + 1;
                if (count > options.MaxAlertsPerSubscriberPerPass)
                    continue;
                planned.Add(new PlannedDelivery(subscriber.Id, transition,
                    held ? DeliveryStatus.Folded : DeliveryStatus.Pending,
                    held ? now : Later(now, At(today, subscriber.DigestTime))));
            }
        }
        return planned;
    }

    private async Task<int> QueueDigestsAsync(IReadOnlyList<ReminderSubscription> subscriptions, DateTimeOffset now,
        DateTimeOffset local, DateOnly today, DateOnly yellowTo, CancellationToken cancellationToken)
    {
        var timeOfDay = TimeOnly.FromDateTime(local.DateTime);
        var due = subscriptions.Where(s => s.DigestTime <= timeOfDay).ToList();
        if (due.Count == 0)
            return 0;
        var done = await store.SubscriptionsWithKeyAsync(ReminderKeys.Digest(today), cancellationToken);
        due.RemoveAll(s => done.Contains(s.Id));
        if (due.Count == 0)
            return 0;

        var cases = new DigestCases(await store.DueCasesAsync(yellowTo, cancellationToken), today);
        var folded = (await store.FoldedAsync(cancellationToken)).ToLookup(f => f.SubscriptionId);
        var planned = new List<PlannedDigest>(due.Count);
        foreach (var subscriber in due)
        {
            var held = folded[subscriber.Id].ToList();
            var content = Digest(cases.For(subscriber), today, held);
            planned.Add(new PlannedDigest(subscriber.Id, today, JsonSerializer.Serialize(content), now, [.. held.Select(f => f.Id)]));
        }
        return await store.QueueDigestsAsync(planned, now, cancellationToken);
    }

    private DigestContent Digest(DigestCases.Group group, DateOnly today, IReadOnlyList<FoldedReminder> held)
    {
        var isNew = held.Select(f => f.CaseNumber).ToHashSet(StringComparer.Ordinal);
        var lines = group.MostUrgent(options.DigestTopCount).Select(c =>
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
