using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Outages;

/// <summary>Replies still waiting for a channel when the host stops are delivered by the host that starts next.</summary>
[LongRunning]
public sealed class OutboxRestartTests
{
    [Fact]
    public async Task A_reply_pending_when_the_host_stops_is_delivered_after_the_restart()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        await using var channel = await ChannelConnectorServer.StartAsync();
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-outbox-restart-{Guid.NewGuid():N}.db"),
            ["Messages__DeliveryRetryFirst"] = "00:00:01",
            ["Messages__DeliveryClaimFor"] = "00:00:05",
            ["Messages__DeliverySweepEvery"] = "00:00:01",
        });
        var conversation = new BotConversation(host.Client, $"outbox-restart-{Guid.NewGuid():N}");
        channel.IsDown = true;

        var response = await conversation.PostAsync(new Activity
        {
            Type = ActivityTypes.Message, Text = "帮助", ServiceUrl = channel.ServiceUrl, DeliveryMode = DeliveryModes.Normal,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (channel.Requests.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host never tried the channel");
            await Task.Delay(50);
        }

        await host.StopAsync();
        channel.IsDown = false;
        await host.RestartAsync();

        var delivered = await channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(60));
        Assert.Equal(conversation.ConversationId, delivered[0].ConversationId);
        Assert.Contains("信访工作助手", (string?)delivered[0].Activity["text"]);
    }

    [Fact]
    public async Task A_host_stopped_in_the_middle_of_a_delivery_leaves_the_outbox_to_the_next_one_at_once()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        await using var channel = await ChannelConnectorServer.StartAsync();
        // Default claim (3 minutes) and sweep: only a released outbox is delivered within the test's minute.
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-outbox-stop-{Guid.NewGuid():N}.db"),
        });
        var conversation = new BotConversation(host.Client, $"outbox-stop-{Guid.NewGuid():N}");
        channel.ResponseDelay = TimeSpan.FromSeconds(60);

        var response = await conversation.PostAsync(new Activity
        {
            Type = ActivityTypes.Message, Text = "帮助", ServiceUrl = channel.ServiceUrl, DeliveryMode = DeliveryModes.Normal,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The reply is on its way to the slow channel when the host is told to stop.
        await channel.WaitForArrivalAsync(1, TimeSpan.FromSeconds(30));
        await host.StopGracefullyAsync(TimeSpan.FromSeconds(30));
        channel.ResponseDelay = TimeSpan.Zero;
        await host.RestartAsync();

        var delivered = await channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(60));
        Assert.Equal(conversation.ConversationId, delivered[0].ConversationId);
        Assert.Contains("信访工作助手", (string?)delivered[0].Activity["text"]);
    }
}
