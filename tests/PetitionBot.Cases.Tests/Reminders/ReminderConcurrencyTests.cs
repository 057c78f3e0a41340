using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Tests.Store;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>Two bot instances sharing one PostgreSQL database: schedulers and senders racing, every reminder sent once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReminderConcurrencyTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Two_instances_ticking_together_send_each_reminder_exactly_once()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var first = await ReminderTestBed.PostgresAsync(connectionString);
        await using var second = await ReminderTestBed.PostgresAsync(connectionString);
        // One channel both instances send to.
        var channel = first.Sender;
        var dispatchers = new[] { first.Dispatcher, second.NewDispatcher(channel) };
        var schedulers = new[] { first.Scheduler, second.NewScheduler() };
        second.Clock.Set(first.Clock.GetUtcNow());

        for (var i = 0; i < 4; i++)
            await first.SubscribeAsync($"supervisor-{i}");
        await first.SubscribeAsync("leader-dongguan", ReminderScope.Units, ["东关街道"]);
        for (var i = 0; i < 12; i++)
            await first.Cases.CreateAsync(CaseFactory.Register("2026-03-17", unit: i % 3 == 0 ? "东关街道" : "城关镇"), CancellationToken.None);

        foreach (var now in new[] { "2026-03-27 09:00", "2026-03-27 10:00", "2026-04-02 09:00", "2026-04-02 11:00" })
        {
            first.Clock.Set(now);
            second.Clock.Set(now);
            var rounds = Enumerable.Range(0, 2).Select(async n =>
            {
                for (var tick = 0; tick < 3; tick++)
                {
                    await schedulers[n].RunPassAsync(CancellationToken.None);
                    await dispatchers[n].DispatchDueAsync(CancellationToken.None);
                }
            });
            await Task.WhenAll(rounds);
        }

        var sent = channel.Sent.ToList();
        // Per subscriber of everything: 12 yellow + 12 red + 2 digests; the unit leader: 4 + 4 + 2.
        Assert.Equal(4 * 26 + 10, sent.Count);
        var duplicates = sent.GroupBy(s => (s.To.Id, s.Message.Text)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        var log = await first.Reminders.Deliveries.DeliveriesAsync(null, CancellationToken.None);
        Assert.All(log, r => Assert.Equal(DeliveryStatus.Sent, r.Status));
        Assert.Equal(sent.Count, log.Count);
    }
}
