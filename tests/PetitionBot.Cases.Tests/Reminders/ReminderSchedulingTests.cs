using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>
/// What fires and when, on each database by a subclass. A case received 2026-03-17 must be routed by 2026-04-01
/// (Wed, 第二十二条): yellow from Fri 2026-03-27 (three working days left), red from 2026-04-02.
/// </summary>
public abstract class ReminderSchedulingTests : IAsyncLifetime
{
    private ReminderTestBed _bed = null!;

    /// <summary>A test bed on a fresh, empty database.</summary>
    private protected abstract Task<ReminderTestBed> OpenBedAsync();

    public async Task InitializeAsync() => _bed = await OpenBedAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    private IEnumerable<string> Alerts => _bed.Sender.Texts.Where(t => t.StartsWith("⏰", StringComparison.Ordinal));

    private IEnumerable<string> Digests => _bed.Sender.Texts.Where(t => t.StartsWith("📋", StringComparison.Ordinal));

    [Fact]
    public async Task A_case_is_reminded_once_when_yellow_and_once_when_red_naming_what_is_due_the_date_and_the_article()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        var created = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);

        _bed.Clock.Set("2026-03-26 09:00");
        await _bed.TickAsync();
        Assert.Empty(Alerts);

        // Yellow from midnight, but held until the subscriber's 08:30.
        _bed.Clock.Set("2026-03-27 08:00");
        await _bed.TickAsync();
        Assert.Empty(Alerts);

        _bed.Clock.Set("2026-03-27 09:00");
        await _bed.TickAsync();
        await _bed.TickAsync();
        var yellow = Assert.Single(Alerts);
        Assert.Contains($"🟡 {created.Number} 登记转送或告知", yellow);
        Assert.Contains("4月1日（周三）", yellow);
        Assert.Contains("还剩3个工作日", yellow);
        Assert.Contains("《信访工作条例》第二十二条", yellow);
        var buttons = _bed.Sender.Sent.First(s => s.Message.Text == yellow).Message.Buttons;
        Assert.Equal([$"查看案件 {created.Number}", "记录进展"], buttons.Select(b => b.Title));

        _bed.Clock.Set("2026-04-01 10:00");
        await _bed.TickAsync();
        Assert.Single(Alerts);

        _bed.Clock.Set("2026-04-02 09:00");
        await _bed.TickAsync();
        await _bed.TickAsync();
        Assert.Equal(2, Alerts.Count());
        var red = Alerts.Last();
        Assert.Contains($"🔴 {created.Number} 登记转送或告知 已超期1天", red);
    }

    [Fact]
    public async Task The_digest_comes_once_a_working_day_at_the_subscribers_time_with_counts_and_the_most_urgent()
    {
        _bed.Options.DigestTopCount = 2;
        await _bed.SubscribeAsync("supervisor-zhao", time: "09:15");
        foreach (var day in new[] { "2026-03-16", "2026-03-17", "2026-03-18" })
            await _bed.Cases.CreateAsync(CaseFactory.Register(day), CancellationToken.None);

        _bed.Clock.Set("2026-04-01 09:00");
        await _bed.TickAsync();
        Assert.Empty(Digests);

        _bed.Clock.Set("2026-04-01 09:16");
        await _bed.TickAsync();
        _bed.Clock.Set("2026-04-01 15:00");
        await _bed.TickAsync();
        var digest = Assert.Single(Digests);
        // Due 3/31 (red), 4/1 and 4/2 (yellow).
        Assert.Contains("超期 1 件 · 临期 2 件", digest);
        Assert.Contains("另有 1 件未列出", digest);
        Assert.DoesNotContain("XF-2026-000003", digest);
        Assert.Contains("XF-2026-000001 登记转送或告知 已超期1天", digest);
        Assert.Contains("查看全部", _bed.Sender.Sent.Single(s => s.Message.Text == digest).Message.Buttons.Select(b => b.Title));

        // Saturday: no digest.
        _bed.Clock.Set("2026-04-04 10:00");
        await _bed.TickAsync();
        Assert.Single(Digests);
    }

    [Fact]
    public async Task What_turns_red_on_a_weekend_is_not_sent_then_but_reported_in_mondays_digest()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        // Received 2026-03-05: due Fri 2026-03-20, red from Sat 2026-03-21.
        var created = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-05"), CancellationToken.None);

        _bed.Clock.Set("2026-03-21 10:00");
        await _bed.TickAsync();
        _bed.Clock.Set("2026-03-22 10:00");
        await _bed.TickAsync();
        Assert.Empty(_bed.Sender.Texts);

        _bed.Clock.Set("2026-03-23 09:00");
        await _bed.TickAsync();
        await _bed.TickAsync();
        Assert.Empty(Alerts);
        var digest = Assert.Single(Digests);
        Assert.Contains("休息日期间新增 1 件", digest);
        Assert.Contains($"🔴 {created.Number} 登记转送或告知 已超期3天（截止3月20日（周五）） 新", digest);
        var records = await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None);
        Assert.Contains(records, r => r.Kind == ReminderKind.CaseAlert && r.Status == DeliveryStatus.Digested);
    }

    [Fact]
    public async Task With_rest_days_configured_a_weekend_transition_is_sent_on_the_day()
    {
        _bed.Options.FireOnRestDays = true;
        await _bed.SubscribeAsync("supervisor-zhao");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-05"), CancellationToken.None);

        _bed.Clock.Set("2026-03-21 10:00");
        await _bed.TickAsync();
        Assert.Contains(Alerts, a => a.Contains("🔴"));
    }

    [Fact]
    public async Task Subscribers_hear_only_about_their_units_or_their_own_cases()
    {
        var unit = await _bed.SubscribeAsync("leader-dongguan", ReminderScope.Units, ["东关街道"]);
        var own = await _bed.SubscribeAsync("officer-li", ReminderScope.OwnCases, officer: "officer-li");
        var everything = await _bed.SubscribeAsync("supervisor-zhao");
        var chengguan = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17", unit: "城关镇"), CancellationToken.None);
        var dongguan = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17", unit: "东关街道"), CancellationToken.None);

        _bed.Clock.Set("2026-03-27 09:00");
        await _bed.TickAsync();

        string[] To(ReminderSubscription s) =>
            [.. _bed.Sender.Sent.Where(x => x.To.Id == s.Id && x.Message.Text.StartsWith('⏰')).Select(x => x.Message.Text)];
        Assert.Equal(2, To(everything).Length);
        Assert.Contains(dongguan.Number, Assert.Single(To(unit)));
        Assert.Empty(To(own));
        Assert.DoesNotContain(To(unit), t => t.Contains(chengguan.Number));
    }

    [Fact]
    public async Task A_delivery_the_channel_could_not_take_is_retried_later_and_sent_once()
    {
        await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Sender.FailNext(1, SendOutcome.RetryLater("503 busy"));

        _bed.Clock.Set("2026-03-27 23:01");
        await _bed.TickAsync();
        Assert.Empty(Alerts);
        var pending = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => r.Kind == ReminderKind.CaseAlert);
        Assert.Equal(DeliveryStatus.Pending, pending.Status);
        Assert.Equal("503 busy", pending.LastError);
        Assert.True(pending.NotBefore > _bed.Clock.GetUtcNow());

        await _bed.TickAsync();
        Assert.Empty(Alerts);

        _bed.Clock.Set("2026-03-27 23:03");
        await _bed.TickAsync();
        await _bed.TickAsync();
        Assert.Single(Alerts);
        var sent = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => r.Kind == ReminderKind.CaseAlert);
        Assert.Equal(DeliveryStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        // The retry history stays on the row once it finally goes out.
        Assert.Equal("503 busy", sent.LastError);
        var attempt = Assert.Single(sent.AttemptLog);
        Assert.StartsWith("#1 2026-03-27T15:01:", attempt);
        Assert.EndsWith(" 503 busy", attempt);
    }

    [Fact]
    public async Task A_reminder_queued_before_the_subscribers_sight_narrowed_is_not_sent()
    {
        var officer = await _bed.SubscribeAsync("officer-li", ReminderScope.Units, ["城关镇"], time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Clock.Set("2026-03-27 09:00");
        await _bed.TickAsync();
        Assert.Contains(await _bed.Reminders.Deliveries.DeliveriesAsync(officer.Id, CancellationToken.None),
            d => d.Kind == ReminderKind.CaseAlert && d.Status == DeliveryStatus.Pending);

        // Moved to another unit before 23:00: the queued alert about 城关镇's case is no longer theirs.
        Assert.True(await _bed.Reminders.Subscriptions.NarrowAsync(officer.Id, ["东关街道"], _bed.Clock.GetUtcNow(), CancellationToken.None));
        _bed.Clock.Set("2026-03-27 23:01");
        await _bed.TickAsync();

        Assert.Empty(Alerts);
        var alert = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(officer.Id, CancellationToken.None), d => d.Kind == ReminderKind.CaseAlert);
        Assert.Equal(DeliveryStatus.Cancelled, alert.Status);
    }

    [Fact]
    public async Task A_renewed_claim_is_not_taken_by_another_instance_and_a_lapsed_one_is()
    {
        await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Clock.Set("2026-03-27 23:01");
        await _bed.Scheduler.RunPassAsync(CancellationToken.None);
        var deliveries = _bed.Reminders.Deliveries;
        var lease = TimeSpan.FromMinutes(1);
        var held = await deliveries.ClaimDueAsync("instance-a", _bed.Clock.GetUtcNow(), lease, 10, CancellationToken.None);
        Assert.NotEmpty(held);

        // Instance A is still sending two minutes on and renews; B finds nothing to take.
        _bed.Clock.Set("2026-03-27 23:03");
        Assert.Equal(held.Count, await deliveries.RenewClaimsAsync("instance-a", _bed.Clock.GetUtcNow(), lease, CancellationToken.None));
        Assert.Empty(await deliveries.ClaimDueAsync("instance-b", _bed.Clock.GetUtcNow(), lease, 10, CancellationToken.None));

        // A stops renewing (it crashed): one lease later B takes the rows over.
        _bed.Clock.Set("2026-03-27 23:04:30");
        var taken = await deliveries.ClaimDueAsync("instance-b", _bed.Clock.GetUtcNow(), lease, 10, CancellationToken.None);
        Assert.Equal(held.Select(d => d.Id).Order(), taken.Select(d => d.Id).Order());
        // A's late heartbeat no longer touches what B now holds.
        Assert.Equal(0, await deliveries.RenewClaimsAsync("instance-a", _bed.Clock.GetUtcNow(), lease, CancellationToken.None));
    }

    [Fact]
    public async Task The_send_log_lists_the_newest_first_with_its_subscriber_and_pages_and_filters()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Clock.Set("2026-03-27 09:00");
        await _bed.TickAsync();
        await _bed.TickAsync();
        var all = await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None);
        Assert.True(all.Count >= 2);

        var first = await _bed.Reminders.Deliveries.RecentAsync(1, null, null, CancellationToken.None);
        var newest = Assert.Single(first);
        Assert.Equal(all.Max(d => d.Id), newest.Id);
        Assert.Equal("赵强", newest.SubscriberName);
        Assert.Equal("supervisor-zhao", newest.UserId);
        Assert.Equal("test", newest.ChannelId);
        Assert.True(newest.SubscriptionActive);

        var next = await _bed.Reminders.Deliveries.RecentAsync(50, newest.Id, null, CancellationToken.None);
        Assert.Equal(all.Count - 1, next.Count);
        Assert.All(next, e => Assert.True(e.Id < newest.Id));
        Assert.Equal(next.Select(e => e.Id).OrderDescending(), next.Select(e => e.Id));

        var alerts = await _bed.Reminders.Deliveries.RecentAsync(50, null, DeliveryStatus.Sent, CancellationToken.None);
        Assert.Equal(all.Count(d => d.Status == DeliveryStatus.Sent), alerts.Count);
        Assert.Empty(await _bed.Reminders.Deliveries.RecentAsync(50, null, DeliveryStatus.Failed, CancellationToken.None));
    }

    [Fact]
    public async Task A_channel_asking_to_wait_longer_than_the_back_off_is_not_tried_before_its_time()
    {
        await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        var asked = ManualClock.China("2026-03-28 01:30");
        _bed.Sender.FailNext(1, SendOutcome.RetryLater("429 throttled", asked));

        _bed.Clock.Set("2026-03-27 23:01");
        await _bed.TickAsync();
        var pending = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => r.Kind == ReminderKind.CaseAlert);
        Assert.Equal(asked, pending.NotBefore);

        // Past the back-off (a minute) but before the channel's time: nothing goes.
        _bed.Clock.Set("2026-03-28 00:30");
        await _bed.TickAsync();
        Assert.Empty(Alerts);

        _bed.Clock.Set("2026-03-28 01:31");
        await _bed.TickAsync();
        Assert.Single(Alerts);
    }

    [Fact]
    public async Task After_the_attempt_bound_a_delivery_is_recorded_as_failed_and_not_tried_again()
    {
        _bed.Options.MaxDeliveryAttempts = 2;
        await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Sender.FailNext(10, SendOutcome.RetryLater("429 throttled"));

        _bed.Clock.Set("2026-03-27 22:00");
        await _bed.TickAsync();
        for (var minute = 1; minute <= 20; minute += 5)
        {
            _bed.Clock.Set($"2026-03-27 23:{minute:00}");
            await _bed.TickAsync();
        }
        var failed = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => r.Kind == ReminderKind.CaseAlert);
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal(2, failed.Attempts);
        Assert.Contains("gave up after 2 attempts", failed.LastError);
    }

    [Fact]
    public async Task A_reminder_waiting_for_a_retry_is_dropped_when_the_case_has_moved_on()
    {
        await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        var created = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Sender.FailNext(1, SendOutcome.RetryLater("503 busy"));
        _bed.Clock.Set("2026-03-27 23:01");
        await _bed.TickAsync();

        await _bed.Cases.ApplyAsync(created.Number, CaseFactory.Accept("2026-03-27"), created.Version, CancellationToken.None);
        _bed.Clock.Set("2026-03-27 23:30");
        await _bed.TickAsync();

        Assert.Empty(Alerts);
        var dropped = Assert.Single(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => r.Kind == ReminderKind.CaseAlert);
        Assert.Equal(DeliveryStatus.Obsolete, dropped.Status);
    }

    [Fact]
    public async Task Cancelling_stops_what_was_not_sent_yet_and_subscribing_again_keeps_one_subscription()
    {
        var first = await _bed.SubscribeAsync("supervisor-zhao", time: "23:00");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Clock.Set("2026-03-27 09:00");
        await _bed.Scheduler.RunPassAsync(CancellationToken.None);

        Assert.True(await _bed.Reminders.Subscriptions.UnsubscribeAsync("test", "conversation-supervisor-zhao", "supervisor-zhao", _bed.Clock.GetUtcNow(), CancellationToken.None));
        _bed.Clock.Set("2026-03-27 23:30");
        await _bed.TickAsync();
        Assert.Empty(_bed.Sender.Texts);
        Assert.All(await _bed.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None), r => Assert.Equal(DeliveryStatus.Cancelled, r.Status));
        Assert.False(await _bed.Reminders.Subscriptions.UnsubscribeAsync("test", "conversation-supervisor-zhao", "supervisor-zhao", _bed.Clock.GetUtcNow(), CancellationToken.None));

        var again = await _bed.SubscribeAsync("supervisor-zhao", time: "07:45");
        Assert.Equal(first.Id, again.Id);
        var stored = await _bed.Reminders.Subscriptions.FindSubscriptionAsync("test", "conversation-supervisor-zhao", "supervisor-zhao", CancellationToken.None);
        Assert.Equal(new TimeOnly(7, 45), stored!.DigestTime);
        Assert.True(stored.IsActive);
        Assert.Single(await _bed.Reminders.Subscriptions.ActiveSubscriptionsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_host_down_for_days_catches_up_once_when_it_comes_back()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        _bed.Clock.Set("2026-03-18 10:00");
        await _bed.TickAsync();
        var before = _bed.Sender.Texts.Count;

        // Nothing ran from the 18th to the 30th: the yellow it missed is sent now, once, with one digest for today.
        _bed.Clock.Set("2026-03-30 10:00");
        await _bed.TickAsync();
        await _bed.TickAsync();
        var after = _bed.Sender.Texts.Skip(before).ToList();
        Assert.Single(after, t => t.StartsWith('⏰'));
        Assert.Single(after, t => t.StartsWith("📋", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_case_whose_due_date_moves_at_the_same_stage_is_not_announced_again_in_the_same_colour()
    {
        await _bed.SubscribeAsync("supervisor-zhao");
        var created = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17"), CancellationToken.None);
        // Accepted 03-20: 办结 due Tue 05-19, yellow on Fri 05-15.
        var accepted = await _bed.Cases.ApplyAsync(created.Number, CaseFactory.Accept("2026-03-20"), 1, CancellationToken.None);
        _bed.Clock.Set("2026-05-15 09:00");
        await _bed.TickAsync();
        Assert.Single(Alerts, a => a.Contains($"🟡 {created.Number} 办结"));

        // Extended by 30 days: still 办结, now due Thu 06-18 and yellow again on Tue 06-16.
        await _bed.Cases.ApplyAsync(created.Number, CaseFactory.Extend("2026-05-15"), accepted.Version, CancellationToken.None);
        _bed.Clock.Set("2026-06-16 09:00");
        var pass = await _bed.TickAsync();

        Assert.Equal(0, pass.Transitions);
        Assert.Single(Alerts);
    }

    [Fact]
    public async Task A_digest_for_two_units_counts_a_case_of_both_once_and_an_officers_digest_only_their_cases()
    {
        var leader = await _bed.SubscribeAsync("leader", ReminderScope.Units, ["城关镇", "东关街道"]);
        var officer = await _bed.SubscribeAsync("officer-li", ReminderScope.OwnCases, officer: "officer-li");
        // Registered by 城关镇, sent on to 东关街道 on 03-17: acceptance notice due 04-01 (yellow that day).
        var both = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-16", unit: "城关镇"), CancellationToken.None);
        await _bed.Cases.ApplyAsync(both.Number, CaseFactory.Transfer("2026-03-17", "东关街道"), 1, CancellationToken.None);
        // Routing due 03-31: red on 04-01.
        var dongguan = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-16", unit: "东关街道"), CancellationToken.None);
        var xiguan = await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-16", unit: "西关街道"), CancellationToken.None);
        await _bed.Cases.ApplyAsync(xiguan.Number,
            new AssignOfficer { By = CaseFactory.Officer, At = CaseFactory.At("2026-03-16"), Officer = "officer-li" }, 1, CancellationToken.None);
        await _bed.Cases.CreateAsync(CaseFactory.Register("2026-03-17", unit: "西关街道"), CancellationToken.None);

        _bed.Clock.Set("2026-04-01 09:00");
        await _bed.TickAsync();

        string DigestTo(ReminderSubscription s) =>
            Assert.Single(_bed.Sender.Sent, x => x.To.Id == s.Id && x.Message.Text.StartsWith("📋", StringComparison.Ordinal)).Message.Text;
        var units = DigestTo(leader);
        Assert.Contains("超期 1 件 · 临期 1 件", units);
        Assert.Contains(both.Number, units);
        Assert.Contains(dongguan.Number, units);
        var own = DigestTo(officer);
        Assert.Contains("超期 1 件 · 临期 0 件", own);
        Assert.Contains(xiguan.Number, own);
    }
}
