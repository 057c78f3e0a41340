using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.Delivery;

/// <summary>Replies to a channel leave after the 200, from the conversation's outbox: a slow or dead channel loses nothing.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class ReplyDeliveryTests(DefaultBotHostFixture fixture) : IAsyncLifetime
{
    private ChannelConnectorServer _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private BotConversation NewConversation(string name) => new(fixture.Host.Client, $"{name}-{Guid.NewGuid():N}");

    private Task<HttpResponseMessage> SayToChannelAsync(BotConversation conversation, string text) =>
        conversation.PostAsync(new Activity
        {
            Type = ActivityTypes.Message, Text = text, ServiceUrl = _channel.ServiceUrl, DeliveryMode = DeliveryModes.Normal,
        });

    [Fact]
    public async Task A_slow_channel_does_not_hold_up_the_200_and_still_gets_the_reply()
    {
        var conversation = NewConversation("slow-channel");
        // A first turn outside the timing, so that nothing but delivery could make the timed one slow.
        await conversation.SayAsync("帮助");
        _channel.ResponseDelay = TimeSpan.FromSeconds(5);

        var clock = Stopwatch.StartNew();
        var response = await SayToChannelAsync(conversation, "帮助");
        var answeredAfter = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredAfter < TimeSpan.FromSeconds(5), $"the 200 took {answeredAfter.TotalSeconds:0.0} s, the channel's delay is 5 s");
        var delivered = await _channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(30));
        Assert.Equal(conversation.ConversationId, delivered[0].ConversationId);
        Assert.Contains("信访工作助手", (string?)delivered[0].Activity["text"]);
    }

    [Fact]
    public async Task A_channel_that_is_down_gets_the_reply_once_it_is_back()
    {
        var conversation = NewConversation("dead-channel");
        _channel.IsDown = true;

        var response = await SayToChannelAsync(conversation, "帮助");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The Connector client's own retries are spent (four tries) before the channel comes back.
        await WaitUntilAsync(() => _channel.Requests.Count >= 4, TimeSpan.FromSeconds(60));
        _channel.IsDown = false;

        var delivered = await _channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(60));
        Assert.Equal(conversation.ConversationId, delivered[0].ConversationId);
        Assert.Contains("信访工作助手", (string?)delivered[0].Activity["text"]);
    }

    [Fact]
    public async Task Replies_of_consecutive_turns_reach_the_channel_in_order()
    {
        var conversation = NewConversation("ordered");
        _channel.IsDown = true;
        Assert.Equal(HttpStatusCode.OK, (await SayToChannelAsync(conversation, "你好")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SayToChannelAsync(conversation, "帮助")).StatusCode);
        await WaitUntilAsync(() => _channel.Requests.Count >= 1, TimeSpan.FromSeconds(30));
        _channel.IsDown = false;

        var delivered = await _channel.WaitForAcceptedAsync(2, TimeSpan.FromSeconds(60));
        Assert.Equal([$"{conversation.ConversationId}-1", $"{conversation.ConversationId}-2"],
            delivered.Select(r => r.ReplyToId).Distinct());
    }

    [Fact]
    public async Task An_expect_replies_activity_sent_again_gets_the_replies_of_its_first_processing()
    {
        var conversation = NewConversation("replay");
        Activity Help() => new() { Type = ActivityTypes.Message, Id = $"{conversation.ConversationId}-help", Text = "帮助" };

        var first = await conversation.SendAsync(Help());
        var again = await conversation.SendAsync(Help());

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(r => r.Text), again.Select(r => r.Text));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not reached within {timeout.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }
}
