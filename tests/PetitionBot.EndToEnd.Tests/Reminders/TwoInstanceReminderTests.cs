using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Peers;
using PetitionBot.Testing.Servers;
using static PetitionBot.EndToEnd.Tests.Reminders.ReminderConversations;

namespace PetitionBot.EndToEnd.Tests.Reminders;

/// <summary>Two host processes sharing one PostgreSQL database and one clock: every reminder reaches the channel once.</summary>
[LongRunning]
public sealed class TwoInstanceReminderTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task Two_hosts_sharing_PostgreSQL_send_each_reminder_exactly_once()
    {
        using var clock = new ClockFile("2026-03-18 07:00");
        await using var channel = await ChannelConnectorServer.StartAsync();
        var database = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__PostgreSQL"] = database,
            ["Reminders__TickInterval"] = "00:00:00.1",
            [BotHostProcess.ReminderTicksLogged.Key] = BotHostProcess.ReminderTicksLogged.Value,
            ["Reminders__TestClock__File"] = clock.Path,
        };
        await using var first = await BotHostProcess.StartAsync(settings);
        await using var second = await BotHostProcess.StartAsync(settings);

        // Subscribed through one instance, the case logged through the other.
        var supervisor = new BotConversation(first.Client, $"supervisor-{Guid.NewGuid():N}", "supervisor-zhao");
        var leader = new BotConversation(second.Client, $"leader-{Guid.NewGuid():N}", "leader-wang");
        Assert.Contains("已订阅", await SayAsync(supervisor, "订阅到期提醒", channel.ServiceUrl));
        Assert.Contains("已订阅", await SayAsync(leader, "订阅到期提醒 每天9点", channel.ServiceUrl));
        var number = await LogVisitAsync(new BotConversation(second.Client, $"officer-{Guid.NewGuid():N}", "officer-li"), channel.ServiceUrl);

        // Yellow day and red day: each subscriber gets the case reminder and the digest, once.
        clock.Set("2026-03-27 09:30");
        await channel.WaitForAcceptedAsync(4, TimeSpan.FromSeconds(15));
        clock.Set("2026-04-02 09:30");
        await channel.WaitForAcceptedAsync(8, TimeSpan.FromSeconds(15));
        // Three more ticks on each instance: a duplicate would have been sent in them.
        await Task.WhenAll(first.WaitForReminderTicksAsync(3, TimeSpan.FromSeconds(15)), second.WaitForReminderTicksAsync(3, TimeSpan.FromSeconds(15)));

        var accepted = channel.Accepted;
        var texts = accepted.Select(r => (r.ConversationId, Text: r.Activity["text"]!.GetValue<string>())).ToList();
        Assert.True(accepted.Count == 8, $"Expected 8 messages, got {accepted.Count}:\n{string.Join("\n---\n", texts)}\n{first.Output}\n{second.Output}");
        Assert.Equal(texts.Count, texts.Distinct().Count());
        foreach (var conversation in new[] { supervisor.ConversationId, leader.ConversationId })
        {
            var mine = texts.Where(t => t.ConversationId == conversation).Select(t => t.Text).ToList();
            Assert.Single(mine, t => t.StartsWith('⏰') && t.Contains($"🟡 {number}"));
            Assert.Single(mine, t => t.StartsWith('⏰') && t.Contains($"🔴 {number}"));
            Assert.Equal(2, mine.Count(t => t.StartsWith("📋", StringComparison.Ordinal)));
        }
    }
}
