using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Cases.Reminders;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Memory;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.Tests;

/// <summary>
/// A third channel needs its class and one registration line: its inbound endpoint runs turns, the outbox delivers the
/// replies through it (again after the platform was down), and reminders reach its conversations.
/// </summary>
public sealed class ChannelSeamTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private NoteChannel Channel => _app.Services.GetRequiredService<NoteChannel>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Messages:DeliveryRetryFirst"] = "00:00:00.200";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IStateStorage>(new MemoryStorage());
        builder.Services.AddSingleton<IBot, EchoBot>();
        builder.Services.AddSingleton(sp => new TurnPipeline(sp.GetRequiredService<IStateStorage>(), sp.GetRequiredService<IBot>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TurnPipeline>>()));

        builder.Services.AddChannel<NoteChannel>();

        _app = builder.Build();
        _app.MapChannels();
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_message_posted_to_the_channel_is_answered_through_the_same_channel()
    {
        var response = await _client.PostAsync("/note/c1", new StringContent("你好", Encoding.UTF8, "text/plain"));

        response.EnsureSuccessStatusCode();
        var (to, reply, update) = await NextSentAsync();
        Assert.Equal("收到：你好", reply.Text);
        Assert.Equal("c1", to.Conversation?.Id);
        Assert.Equal("someone", to.User?.Id);
        Assert.False(update);
    }

    [Fact]
    public async Task A_reply_the_platform_could_not_take_is_delivered_once_it_is_back()
    {
        Channel.Failing = SendStatus.RetryLater;
        (await _client.PostAsync("/note/c2", new StringContent("在吗", Encoding.UTF8, "text/plain"))).EnsureSuccessStatusCode();
        await WaitUntilAsync(async () => (await PendingRepliesAsync("note/conversations/c2")) is > 0);

        Channel.Failing = null;

        var (_, reply, _) = await NextSentAsync();
        Assert.Equal("收到：在吗", reply.Text);
    }

    [Fact]
    public async Task A_reminder_reaches_a_conversation_of_the_channel_and_an_unserved_one_is_refused()
    {
        var sender = _app.Services.GetRequiredService<IReminderSender>();
        var reference = new ConversationReference
        {
            ChannelId = NoteChannel.ChannelId,
            ServiceUrl = "note://platform",
            User = new ChannelAccount { Id = "someone" },
            Bot = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "c3" },
        };

        var sent = await sender.SendAsync(Subscription(reference), new ReminderMessage("有案件即将到期", []), CancellationToken.None);
        var elsewhere = await sender.SendAsync(Subscription(new ConversationReference
        {
            ChannelId = "elsewhere",
            Conversation = new ConversationAccount { Id = "c4" },
        }), new ReminderMessage("有案件即将到期", []), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, sent);
        var (to, activity, _) = Assert.Single(Channel.Sent);
        Assert.Equal("c3", to.Conversation?.Id);
        Assert.Equal("有案件即将到期", activity.Text);
        Assert.NotEqual(SendOutcome.Sent, elsewhere);
    }

    private static ReminderSubscription Subscription(ConversationReference reference) => new()
    {
        ChannelId = reference.ChannelId ?? "",
        ConversationId = reference.Conversation?.Id ?? "",
        UserId = reference.User?.Id ?? "",
        Scope = ReminderScope.All,
        DigestTime = new TimeOnly(8, 30),
        Address = JsonSerializer.Serialize(reference, ProtocolJson.Options),
    };

    private async Task<int?> PendingRepliesAsync(string conversationKey)
    {
        var storage = _app.Services.GetRequiredService<IStateStorage>();
        var items = await storage.ReadAsync([conversationKey], CancellationToken.None);
        return items.TryGetValue(conversationKey, out var item)
            ? item.Deserialize<ConversationData>(ProtocolJson.Options)?.Outbox?.Replies.Count
            : null;
    }

    private async Task<(ConversationReference To, Activity Activity, bool Update)> NextSentAsync()
    {
        await WaitUntilAsync(() => Task.FromResult(!Channel.Sent.IsEmpty));
        Assert.True(Channel.Sent.TryDequeue(out var sent));
        return sent;
    }

    /// <summary>Waits on a condition, not on a time: the bound only keeps a broken build from hanging.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
            await Task.Delay(20, bound.Token);
    }

    private sealed class EchoBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            if (turn.Activity.IsType(ActivityTypes.Message))
                turn.SendText("收到：" + turn.Activity.Text);
            return Task.CompletedTask;
        }
    }
}
