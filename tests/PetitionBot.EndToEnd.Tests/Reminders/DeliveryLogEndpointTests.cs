using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Peers;
using static PetitionBot.EndToEnd.Tests.Reminders.ReminderConversations;

namespace PetitionBot.EndToEnd.Tests.Reminders;

/// <summary>
/// GET /admin/reminders/deliveries on the real host: behind the configured key, the send log with attempts, errors and
/// the subscriber's masked name; absent without a key.
/// </summary>
[LongRunning]
public sealed class DeliveryLogEndpointTests : IAsyncLifetime
{
    private const string Key = "operator-key-7f3a9c21e5";
    private const string Path = "/admin/reminders/deliveries";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-delivery-log-").FullName;
    private readonly ClockFile _clock = new("2026-03-18 10:00");
    private ChannelConnectorServer _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelConnectorServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        _clock.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private Task<BotHostProcess> StartHostAsync(string adminKey) => BotHostProcess.StartAsync(new Dictionary<string, string>
    {
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Cases__Sqlite__Path"] = System.IO.Path.Combine(_dataFolder, "cases.db"),
        ["Cases__SeedDemoData"] = "false",
        ["Reminders__TickInterval"] = "00:00:00.2",
        ["Reminders__TestClock__File"] = _clock.Path,
        ["Admin__ApiKey"] = adminKey,
    });

    private static async Task<HttpResponseMessage> GetAsync(BotHostProcess host, string? bearer, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path + query);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Operators_with_the_key_see_each_send_with_its_attempts_errors_and_masked_subscriber_and_nobody_else_does()
    {
        await using var host = await StartHostAsync(Key);
        // The channel is down for the first send (every retry of the Connector client), then takes the digest.
        _channel.FailNext(4, new ScriptedFailure(HttpStatusCode.ServiceUnavailable));
        var supervisor = new BotConversation(host.Client, $"supervisor-{Guid.NewGuid():N}", "supervisor-zhao");
        Assert.Contains("已订阅到期提醒", await SayAsync(supervisor, "订阅到期提醒", _channel.ServiceUrl));
        await host.WaitForOutputLineAsync("will retry", TimeSpan.FromSeconds(30));
        _clock.Set("2026-03-18 10:05");
        await _channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(15));

        using (var anonymous = await GetAsync(host, null))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var wrong = await GetAsync(host, Key + "x"))
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using (var badQuery = await GetAsync(host, Key, "?limit=5000"))
            Assert.Equal(HttpStatusCode.BadRequest, badQuery.StatusCode);

        using var response = await GetAsync(host, Key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var digest = Assert.Single(JsonNode.Parse(text)!["deliveries"]!.AsArray())!;
        Assert.Equal("digest", (string?)digest["kind"]);
        Assert.Equal("sent", (string?)digest["status"]);
        Assert.Equal(2, (int)digest["attempts"]!);
        Assert.Contains("503", (string?)digest["lastError"]);
        var attempt = (string?)Assert.Single(digest["attemptLog"]!.AsArray());
        Assert.StartsWith("#1 ", attempt);
        Assert.Contains("503", attempt);
        // Who: the name the channel gave (测试用户), masked; never the subscription's id or the full name.
        Assert.Equal("测***", (string?)digest["to"]!["name"]);
        Assert.DoesNotContain("测试用户", text);
        Assert.DoesNotContain("subscription", text, StringComparison.OrdinalIgnoreCase);
        // The host's own log names the subscriber the same way.
        Assert.Contains("to 测***", host.Output);
        Assert.DoesNotContain("测试用户", host.Output);

        // A supervisor asks the chat instead: the same send, in words.
        var log = await SayAsync(supervisor, "提醒发送记录", _channel.ServiceUrl);
        Assert.Matches(@"提醒发送记录（1条，新的在前）：\n· 3月18日 \d\d:\d\d 到期汇总 → 测\*\*\*：已送达（第2次）", log);
        Assert.DoesNotContain("测试用户", log);
        Assert.Contains("最近没有发送失败的提醒", await SayAsync(supervisor, "提醒发送失败的", _channel.ServiceUrl));
    }

    [Fact]
    public async Task Without_a_configured_key_the_endpoint_is_not_there()
    {
        await using var host = await StartHostAsync("");

        using var response = await GetAsync(host, "anything-at-all-0123");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
