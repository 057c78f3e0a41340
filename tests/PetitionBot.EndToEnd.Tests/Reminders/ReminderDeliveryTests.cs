using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Peers;
using static PetitionBot.EndToEnd.Tests.Reminders.ReminderConversations;

namespace PetitionBot.EndToEnd.Tests.Reminders;

/// <summary>
/// The real host process on a clock the test moves, with bot authentication against local stand-ins for Azure, sending
/// proactive reminders to a local channel Connector API.
/// </summary>
[LongRunning]
public sealed class ReminderDeliveryTests : IAsyncLifetime
{
    private const string AppId = "5c1d2e3f-0000-4000-8000-00000000e7a1";
    private const string AppPassword = "reminder-secret";
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(15);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-reminders-").FullName;
    private readonly ClockFile _clock = new("2026-03-18 10:00");
    private OpenIdMetadataServer _openId = null!;
    private ClientCredentialsTokenServer _tokens = null!;
    private ChannelConnectorServer _channel = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdMetadataServer.StartAsync();
        _key = _openId.AddSigningKey("key-1", "test");
        _tokens = await ClientCredentialsTokenServer.StartAsync(AppId, AppPassword);
        _channel = await ChannelConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _tokens.DisposeAsync();
        await _openId.DisposeAsync();
        _clock.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private Task<BotHostProcess> StartHostAsync(bool authenticated, string environment = "Development") => BotHostProcess.StartAsync(new Dictionary<string, string>
    {
        ["DOTNET_ENVIRONMENT"] = environment,
        ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
        ["Cases__SeedDemoData"] = "false",
        ["Reminders__TickInterval"] = "00:00:00.2",
        [BotHostProcess.ReminderTicksLogged.Key] = BotHostProcess.ReminderTicksLogged.Value,
        ["Reminders__TestClock__File"] = _clock.Path,
        ["MicrosoftAppId"] = authenticated ? AppId : "",
        ["MicrosoftAppPassword"] = authenticated ? AppPassword : "",
        ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = _openId.MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = _tokens.Authority(),
    });

    private void SignIn(BotHostProcess host) =>
        host.Client.DefaultRequestHeaders.Authorization = new("Bearer", _openId.MintToken(_key, new TestTokenContents
        {
            Audience = AppId,
            ServiceUrl = _channel.ServiceUrl,
            Expires = DateTimeOffset.UtcNow.AddMinutes(30),
        }));

    private async Task<IReadOnlyList<ConnectorRequest>> ArrivedAsync(int total) => await _channel.WaitForAcceptedAsync(total, Arrival);

    private async Task AssertNothingMoreAsync(int total, BotHostProcess host)
    {
        // Three more scheduler ticks: anything still due would have been sent in them.
        await host.WaitForReminderTicksAsync(3, Arrival);
        Assert.True(_channel.Accepted.Count == total,
            $"Expected {total} messages at the channel, got {_channel.Accepted.Count}:\n"
            + string.Join("\n---\n", _channel.Accepted.Select(r => r.Activity["text"]?.GetValue<string>())) + "\n" + host.Output);
    }

    private static string Text(ConnectorRequest request) => request.Activity["text"]!.GetValue<string>();

    [Fact]
    public async Task Yellow_red_and_the_digest_arrive_at_their_time_with_the_bots_token_and_a_restart_sends_nothing_twice()
    {
        await using var host = await StartHostAsync(authenticated: true);
        SignIn(host);
        var supervisor = new BotConversation(host.Client, $"supervisor-{Guid.NewGuid():N}", "supervisor-zhao");
        var officer = new BotConversation(host.Client, $"officer-{Guid.NewGuid():N}", "officer-li");

        Assert.Contains("已订阅到期提醒", await SayAsync(supervisor, "订阅到期提醒", _channel.ServiceUrl));
        var number = await LogVisitAsync(officer, _channel.ServiceUrl);

        // Subscribed after 08:30 on a working day: today's digest, with nothing yellow or red yet.
        var first = (await ArrivedAsync(1)).Single();
        Assert.Contains("今天没有临期或超期的案件", Text(first));
        Assert.Equal(supervisor.ConversationId, first.ConversationId);
        Assert.Null(first.ReplyToId);
        Assert.Equal("supervisor-zhao", first.Activity["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal($"Bearer {_tokens.IssuedTokens.Last()}", first.Authorization);
        await AssertNothingMoreAsync(1, host);

        _clock.Set("2026-03-27 09:00");
        var yellowDay = (await ArrivedAsync(3)).Skip(1).ToList();
        var yellow = Text(yellowDay[0]);
        Assert.StartsWith("⏰", yellow);
        Assert.Contains($"🟡 {number} 登记转送或告知 截止4月1日（周三），还剩3个工作日", yellow);
        Assert.Contains("《信访工作条例》第二十二条", yellow);
        // The buttons ride on a hero card so they stay under this alert when the digest follows it.
        var card = Assert.Single(yellowDay[0].Activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.hero", card["contentType"]!.GetValue<string>());
        var buttons = card["content"]!["buttons"]!.AsArray();
        Assert.Equal([$"查看案件 {number}", "记录进展"], buttons.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal([$"{number} 进展", $"{number} 记录进展"], buttons.Select(a => a!["value"]!.GetValue<string>()));
        Assert.All(buttons, a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
        Assert.Null(yellowDay[0].Activity["suggestedActions"]);
        Assert.Contains("超期 0 件 · 临期 1 件", Text(yellowDay[1]));
        Assert.All(yellowDay, r => Assert.StartsWith("Bearer local-token-", r.Authorization));

        // Killed only once the sends are recorded (the ticks after them have run): a kill between the channel's 200 and
        // that write sends again, which is delivery at least once, not what this test is about.
        await AssertNothingMoreAsync(3, host);
        await host.RestartAsync();
        SignIn(host);
        await AssertNothingMoreAsync(3, host);

        _clock.Set("2026-04-02 09:00");
        var redDay = (await ArrivedAsync(5)).Skip(3).ToList();
        Assert.Contains($"🔴 {number} 登记转送或告知 已超期1天", Text(redDay[0]));
        Assert.Contains("超期 1 件 · 临期 0 件", Text(redDay[1]));

        _clock.Set("2026-04-03 08:00");
        await AssertNothingMoreAsync(5, host);
        _clock.Set("2026-04-03 08:31");
        var digest = (await ArrivedAsync(6)).Last();
        Assert.StartsWith("📋 每日到期汇总 · 4月3日（周五）", Text(digest));

        await AssertNothingMoreAsync(6, host);
        await host.RestartAsync();
        await AssertNothingMoreAsync(6, host);
        Assert.Equal(6, _channel.Requests.Count);
    }

    [Fact]
    public async Task A_429_with_Retry_After_from_the_channel_delays_the_reminder_and_then_delivers_it_once()
    {
        _clock.Set("2026-03-18 07:00");
        await using var host = await StartHostAsync(authenticated: false);
        var supervisor = new BotConversation(host.Client, $"supervisor-{Guid.NewGuid():N}", "supervisor-zhao");
        var officer = new BotConversation(host.Client, $"officer-{Guid.NewGuid():N}", "officer-li");
        Assert.Contains("23:00", await SayAsync(supervisor, "订阅到期提醒 每天晚上11点", _channel.ServiceUrl));
        var number = await LogVisitAsync(officer, _channel.ServiceUrl);
        await AssertNothingMoreAsync(0, host);

        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(2), Code: "Throttled"));
        _clock.Set("2026-03-27 23:30");
        var arrived = await ArrivedAsync(2);

        var refused = _channel.Requests[0];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.AnsweredStatus);
        Assert.Contains(number, Text(refused));
        var delivered = arrived[0];
        Assert.Equal(Text(refused), Text(delivered));
        Assert.True(delivered.ReceivedAt - refused.ReceivedAt >= TimeSpan.FromSeconds(1.9),
            $"Retried after {(delivered.ReceivedAt - refused.ReceivedAt).TotalSeconds:0.00} s, before Retry-After");
        Assert.Null(delivered.Authorization);
        await AssertNothingMoreAsync(2, host);
        Assert.Single(_channel.Accepted, r => Text(r).Contains(number) && Text(r).StartsWith('⏰'));
    }

    [Fact]
    public async Task A_reminder_is_never_sent_to_a_stored_service_url_the_bot_may_not_call()
    {
        // In Production loopback is no channel; an expectReplies turn may still store it in a subscription.
        await using var host = await StartHostAsync(authenticated: false, environment: "Production");
        var supervisor = new BotConversation(host.Client, $"supervisor-{Guid.NewGuid():N}", "supervisor-zhao");

        Assert.Contains("已订阅到期提醒", await SayAsync(supervisor, "订阅到期提醒", _channel.ServiceUrl));

        // In Development the digest of a working day arrives at once (the first test); here it must not.
        await Task.Delay(Arrival / 3);
        await AssertNothingMoreAsync(0, host);
        Assert.Empty(_channel.Requests);
    }
}
