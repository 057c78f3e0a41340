using Microsoft.Extensions.DependencyInjection;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Tests.Infrastructure;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Servers;

namespace PetitionBot.DirectLine.Tests.Conversations;

/// <summary>
/// Bot-started messages follow the user, not a conversation: they go to the user's latest conversation, or to one
/// their next sign-in opens; with memory logs and with two instances sharing Redis.
/// </summary>
public sealed class UserDeliveryTests
{
    private static readonly ChannelAccount Supervisor = new() { Id = "supervisor-zhao", Name = "赵敏" };

    private static DirectLineConversations Conversations(ChannelHost host) => host.Services.GetRequiredService<DirectLineConversations>();

    private static Activity Reminder(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static async Task<string[]> TextsAsync(DirectLineConversations conversations, string conversationId) =>
        [.. (await conversations.ReadAsync(conversationId, 0, CancellationToken.None)).Activities.Select(a => a.Text ?? "")];

    [Fact]
    public async Task A_delivery_goes_to_the_users_latest_conversation_and_a_sign_in_continues_it()
    {
        await using var host = await ChannelHost.StartAsync();
        var conversations = Conversations(host);
        var (older, _) = await host.StartConversationAsync(Supervisor.Id!);
        var (latest, _) = await host.StartConversationAsync(Supervisor.Id!);
        var (someoneElses, _) = await host.StartConversationAsync("officer-li");

        await conversations.DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("到期提醒"), CancellationToken.None);

        Assert.Contains("到期提醒", await TextsAsync(conversations, latest));
        Assert.DoesNotContain("到期提醒", await TextsAsync(conversations, older));
        Assert.DoesNotContain("到期提醒", await TextsAsync(conversations, someoneElses));
        Assert.Equal(latest, await conversations.ConversationForUserAsync(Supervisor.Id!, CancellationToken.None));
    }

    [Fact]
    public async Task With_no_live_conversation_the_delivery_waits_in_a_new_one_that_the_next_sign_in_opens()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.Zero));
        await using var host = await ChannelHost.StartAsync(o => o.Retention = TimeSpan.FromHours(24), time: time);
        var conversations = Conversations(host);
        var (expired, _) = await host.StartConversationAsync(Supervisor.Id!);
        time.Advance(TimeSpan.FromDays(9));
        var botTurns = host.Bot.Received.Count;

        var fresh = await conversations.ConversationForUserAsync(Supervisor.Id!, CancellationToken.None);
        await conversations.DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("⏰ 到期提醒"), CancellationToken.None);
        await conversations.DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("📋 每日到期汇总"), CancellationToken.None);
        var signIn = await conversations.ConversationForUserAsync(Supervisor.Id!, CancellationToken.None);

        Assert.NotEqual(expired, fresh);
        Assert.NotEqual(expired, signIn);
        Assert.False(await conversations.ExistsAsync(fresh, CancellationToken.None));
        Assert.Equal(["⏰ 到期提醒", "📋 每日到期汇总"], await TextsAsync(conversations, signIn));
        var first = (await conversations.ReadAsync(signIn, 0, CancellationToken.None)).Activities[0];
        Assert.Equal("bot", first.From!.Role);
        Assert.Equal(Supervisor.Id, first.Recipient!.Id);
        Assert.Equal(botTurns, host.Bot.Received.Count);
    }

    [Fact]
    public async Task Two_instances_delivering_at_once_to_a_user_with_no_conversation_meet_in_one()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await ChannelHost.StartAsync(redis: redis.ConnectionString);
        await using var b = await ChannelHost.StartAsync(redis: redis.ConnectionString);

        await Task.WhenAll(
            Conversations(a).DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("提醒一"), CancellationToken.None),
            Conversations(b).DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("提醒二"), CancellationToken.None));
        var signIn = await Conversations(b).ConversationForUserAsync(Supervisor.Id!, CancellationToken.None);

        Assert.Equal(["提醒一", "提醒二"], (await TextsAsync(Conversations(a), signIn)).Order());
    }

    [Fact]
    public async Task Users_latest_conversation_is_shared_through_Redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await ChannelHost.StartAsync(redis: redis.ConnectionString);
        await using var b = await ChannelHost.StartAsync(redis: redis.ConnectionString);
        var (conversationId, _) = await a.StartConversationAsync(Supervisor.Id!);

        await Conversations(b).DeliverToUserAsync(Supervisor, "http://bot.example/", Reminder("到期提醒"), CancellationToken.None);

        Assert.Equal(conversationId, await Conversations(b).ConversationForUserAsync(Supervisor.Id!, CancellationToken.None));
        Assert.Contains("到期提醒", await TextsAsync(Conversations(a), conversationId));
    }
}
