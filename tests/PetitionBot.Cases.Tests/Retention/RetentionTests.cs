using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Retention;
using PetitionBot.Cases.Tests.Reminders;

namespace PetitionBot.Cases.Tests.Retention;

/// <summary>
/// Pruning the reminder tables' past, on each database by a subclass: old rows go, current ones stay, and cases, their
/// history and what still keeps a reminder from repeating are never removed. A case received 2026-03-17 turns yellow
/// on 2026-03-27 and red on 2026-04-02 (its routing deadline).
/// </summary>
public abstract class RetentionTests : IAsyncLifetime
{
    private ReminderTestBed _bed = null!;

    private protected abstract Task<ReminderTestBed> OpenBedAsync();

    public async Task InitializeAsync() => _bed = await OpenBedAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private static RetentionOptions Keep(int deliveredDays = 30, int failedDays = 90, int transitionDays = 90, int cancelledDays = 30) => new()
    {
        DeliveredReminders = TimeSpan.FromDays(deliveredDays),
        FailedReminders = TimeSpan.FromDays(failedDays),
        Transitions = TimeSpan.FromDays(transitionDays),
        CancelledSubscriptions = TimeSpan.FromDays(cancelledDays),
    };

    private Task<PruneResult> PruneAsync(RetentionOptions options) =>
        _bed.Reminders.History.PruneAsync(options.Validated(), _bed.Clock.GetUtcNow(), CancellationToken.None);

    private async Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync() =>
        await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None);

    private IEnumerable<string> AlertsAbout(string number) =>
        _bed.Sender.Texts.Where(t => t.StartsWith("⏰", StringComparison.Ordinal) && t.Contains(number, StringComparison.Ordinal));

    private async Task TicksAtAsync(params string[] chinaTimes)
    {
        foreach (var at in chinaTimes)
        {
            _bed.Clock.Set(at);
            await _bed.TickAsync();
            await _bed.TickAsync();
        }
    }

    [Fact]
    public async Task Deliveries_older_than_the_retention_go_and_newer_ones_stay_and_the_case_and_its_history_are_kept()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        var created = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        await TicksAtAsync("2026-03-27 09:00", "2026-04-02 09:00");
        var before = await DeliveriesAsync();
        Assert.Contains(before, d => d.Key.Contains("yellow", StringComparison.Ordinal) && d.Status == DeliveryStatus.Sent);
        Assert.Contains(before, d => d.Key.Contains("red", StringComparison.Ordinal) && d.Status == DeliveryStatus.Sent);
        var history = await _bed.Cases.HistoryAsync(created.Number, CancellationToken.None);

        // 2026-04-28 10:00 less 30 days is 2026-03-29 10:00: the rows of 03-27 are older, those of 04-02 younger.
        _bed.Clock.Set("2026-04-28 10:00");
        var pruned = await PruneAsync(Keep());

        var after = await DeliveriesAsync();
        Assert.True(pruned.DeliveredReminders >= 1);
        Assert.Equal(before.Count - pruned.DeliveredReminders, after.Count);
        Assert.DoesNotContain(after, d => d.Key.Contains("yellow", StringComparison.Ordinal));
        Assert.DoesNotContain(after, d => d.Key == ReminderKeys.Digest(new DateOnly(2026, 3, 27)));
        Assert.Contains(after, d => d.Key.Contains("red", StringComparison.Ordinal));
        Assert.Contains(after, d => d.Key == ReminderKeys.Digest(new DateOnly(2026, 4, 2)));
        Assert.False(pruned.Unfinished);

        var kept = await _bed.Cases.GetByNumberAsync(created.Number, CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal(history.Count, (await _bed.Cases.HistoryAsync(created.Number, CancellationToken.None)).Count);
        Assert.NotNull(await _bed.Reminders.Subscriptions.SubscriptionAsync(before[0].SubscriptionId, CancellationToken.None));
    }

    [Fact]
    public async Task Failed_deliveries_are_kept_for_their_own_longer_retention()
    {
        _bed.Options.MaxDeliveryAttempts = 1;
        await _bed.SubscribeAsync("supervisor-zhao");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Sender.FailNext(2, SendOutcome.Refused("403 the bot was removed from the conversation"));
        await TicksAtAsync("2026-03-27 09:00");
        Assert.Contains(await DeliveriesAsync(), d => d.Status == DeliveryStatus.Failed);

        _bed.Clock.Set("2026-05-10 10:00");
        var early = await PruneAsync(Keep());
        Assert.Equal(0, early.FailedReminders);
        Assert.Contains(await DeliveriesAsync(), d => d.Status == DeliveryStatus.Failed);

        _bed.Clock.Set("2026-07-10 10:00");
        var late = await PruneAsync(Keep());
        Assert.True(late.FailedReminders >= 1);
        Assert.DoesNotContain(await DeliveriesAsync(), d => d.Status == DeliveryStatus.Failed);
    }

    [Fact]
    public async Task A_transition_goes_once_its_case_has_left_that_step_and_one_still_standing_keeps_its_alert_from_repeating()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        var moved = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        var waiting = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17", name: "李四"), CancellationToken.None);
        await TicksAtAsync("2026-03-27 09:00", "2026-04-02 09:00");
        Assert.Equal(2, AlertsAbout(waiting.Number).Count());
        _bed.Clock.Set("2026-04-03 10:00");
        await _bed.Cases.ApplyAsync(moved.Number, CaseFactory.Accept("2026-04-03"), moved.Version, CancellationToken.None);

        _bed.Clock.Set("2026-07-15 10:00");
        var pruned = await PruneAsync(Keep());

        // The accepted case's yellow and red of the routing step go; the waiting case's stay.
        Assert.Equal(2, pruned.Transitions);
        await TicksAtAsync("2026-07-15 10:00", "2026-07-16 10:00");
        Assert.Equal(2, AlertsAbout(waiting.Number).Count());
        Assert.NotNull(await _bed.Cases.GetByNumberAsync(moved.Number, CancellationToken.None));
        Assert.NotNull(await _bed.Cases.GetByNumberAsync(waiting.Number, CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_subscription_goes_after_its_deliveries_and_an_active_one_stays()
    {
        var active = await _bed.SubscribeAsync("supervisor-zhao");
        var cancelled = await _bed.SubscribeAsync("officer-li", ReminderScope.Units, ["城关镇"]);
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        await TicksAtAsync("2026-03-27 09:00");
        Assert.Contains(await DeliveriesAsync(), d => d.SubscriptionId == cancelled.Id);
        _bed.Clock.Set("2026-03-28 10:00");
        Assert.True(await _bed.Reminders.Subscriptions.UnsubscribeAsync(cancelled.ChannelId, cancelled.ConversationId, cancelled.UserId,
            _bed.Clock.GetUtcNow(), CancellationToken.None));

        // Cancelled long enough, but its sends are still kept: it stays with them.
        _bed.Clock.Set("2026-05-10 10:00");
        var first = await PruneAsync(Keep(deliveredDays: 90));
        Assert.Equal(0, first.CancelledSubscriptions);
        Assert.NotNull(await _bed.Reminders.Subscriptions.SubscriptionAsync(cancelled.Id, CancellationToken.None));

        var second = await PruneAsync(Keep());
        Assert.Equal(1, second.CancelledSubscriptions);
        Assert.Null(await _bed.Reminders.Subscriptions.SubscriptionAsync(cancelled.Id, CancellationToken.None));
        Assert.NotNull(await _bed.Reminders.Subscriptions.SubscriptionAsync(active.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_round_removes_at_most_its_bound_and_says_more_is_left()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        await TicksAtAsync("2026-03-27 09:00");
        var total = (await DeliveriesAsync()).Count;
        Assert.True(total >= 2);

        _bed.Clock.Set("2026-05-10 10:00");
        var bounded = Keep();
        bounded.BatchSize = 1;
        bounded.MaxBatchesPerRound = 1;
        var round = await PruneAsync(bounded);

        Assert.Equal(1, round.DeliveredReminders);
        Assert.True(round.Unfinished);
        Assert.Equal(total - 1, (await DeliveriesAsync()).Count);
        while ((await PruneAsync(bounded)).Unfinished)
        {
        }
        Assert.Empty(await DeliveriesAsync());
    }
}
