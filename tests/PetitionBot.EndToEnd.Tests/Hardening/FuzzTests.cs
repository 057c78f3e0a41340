using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Peers;
using PetitionBot.Testing.Servers;
using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.Hardening;

/// <summary>
/// A bounded, seeded run of damaged activities against /api/messages and the Direct Line endpoints: no 5xx other than
/// 503, no unhandled exception in the log, and afterwards the state and the case store still answer as before.
/// The seed comes from PETITIONBOT_FUZZ_SEED when set (to replay a failure), else a fixed one; both are printed.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Attempts = 20_000;
    private const int Workers = 4;
    private const int NoResponse = 0;
    private const string Secret = "fuzz-secret-0123456789-abcdef";
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");
    private static readonly string Failures = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "fuzz")).FullName;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-fuzz-").FullName;
    private RedisServer _redis = null!;
    private BotHostProcess _host = null!;
    // Replies of turns whose deliveryMode was damaged go to a live channel, so a failed send is a finding, not noise.
    private ChannelConnectorServer _channel = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelConnectorServer.StartAsync();
        _redis = await RedisServer.StartAsync();
        _host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = _redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["DirectLine__Secret"] = Secret,
            // Errors only: a clean run prints nothing, so any line is worth reading.
            ["Logging__LogLevel__Default"] = "Error",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _redis.DisposeAsync();
        await _channel.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task Twenty_thousand_damaged_activities_get_no_server_error_and_lose_nothing()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PETITIONBOT_FUZZ_SEED"), out var given) ? given : 20261207;

        // A case and a Direct Line conversation from before the run, to compare after it.
        var officer = new BotConversation(_host.Client, $"fuzz-before-{Guid.NewGuid():N}", userId: "officer-li") { LocalTime = Wednesday };
        await officer.SayAsync("登记来访 司马文华 13733334401 昨天下午三点 走访 2人 城乡建设 反映外墙脱落 属地城关镇");
        var number = Regex.Match(Text(await officer.SayAsync("提交")), @"XF-\d{4}-\d{6}").Value;
        Assert.NotEmpty(number);
        var cardBefore = Text(await officer.SayAsync(number));
        var directLine = await StartDirectLineAsync();

        var statuses = new ConcurrentDictionary<int, int>();
        var unexpected = new ConcurrentQueue<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var mutator = new ActivityMutator(seed + worker);
            int attempt;
            while ((attempt = Interlocked.Increment(ref next)) < Attempts)
            {
                var (endpoint, status, body) = await SendOneAsync(mutator, attempt, directLine);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status == NoResponse || status >= 500 && status != 503 && !(status == 501 && IsInvoke(body)))
                {
                    unexpected.Enqueue($"#{attempt} {endpoint} → {(status == NoResponse ? "no response" : status)}: {Preview(body)}");
                    // The whole body, to replay with curl.
                    await File.WriteAllBytesAsync(Path.Combine(Failures, $"{seed}-{attempt}-{endpoint.Replace(' ', '-').Replace('/', '-')}.json"), body);
                }
                if (unexpected.Count >= 20)
                    break;
            }
        })));

        output.WriteLine($"Fuzz seed {seed} (workers {Workers}, seeds {seed}..{seed + Workers - 1}), {Attempts} requests; statuses: " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(unexpected.IsEmpty, $"Seed {seed}: {unexpected.Count} server errors (bodies in {Failures}), e.g.\n{string.Join("\n", unexpected.Take(5))}\nHost log:\n{Tail(_host.Output)}");
        var logged = _host.Output.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();
        Assert.True(logged.Count == 0, $"Seed {seed}: the host logged errors:\n{string.Join("\n", logged.Take(10))}\n{Preview(_host.Output)}");

        // Nothing lost: the same case reads the same, a new visit can be logged, Direct Line still answers.
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("readyz")).StatusCode);
        Assert.Equal(cardBefore, Text(await officer.SayAsync(number)));
        var after = new BotConversation(_host.Client, $"fuzz-after-{Guid.NewGuid():N}", userId: "officer-li") { LocalTime = Wednesday };
        await after.SayAsync("登记来访 欧阳春 13733334402 今天上午9点 来信 1人 劳动社保 反映拖欠工资 属地城关镇");
        Assert.Matches(@"已登记：XF-\d{4}-\d{6}", Text(await after.SayAsync("提交")));
        var posted = await PostDirectLineAsync(directLine, new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "officer-li" }, ["text"] = "帮助" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    private async Task<(string Endpoint, int Status, byte[] Body)> SendOneAsync(ActivityMutator mutator, int attempt, DirectLineConversation directLine)
    {
        var random = mutator.Random;
        var roll = random.Next(1000);
        var endpoint = roll < 200 ? "direct line activity" : roll < 250 ? "token generate" : "api/messages";
        var body = mutator.Mutate(roll < 200 ? DirectLineTemplate(random) : roll < 250 ? TokenTemplate() : BotTemplate(random, attempt));
        try
        {
            using var response = await SendAsync(endpoint, body, random, directLine);
            await response.Content.ReadAsByteArrayAsync();
            return (endpoint, (int)response.StatusCode, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (endpoint, NoResponse, body);
        }
    }

    private Task<HttpResponseMessage> SendAsync(string endpoint, byte[] body, Random random, DirectLineConversation directLine)
    {
        switch (endpoint)
        {
            case "direct line activity":
                return PostDirectLineRawAsync(directLine, body, random);
            case "token generate":
                var generate = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate") { Content = Json(body, random) };
                generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
                return _host.Client.SendAsync(generate);
            default:
                return _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = Json(body, random) });
        }
    }

    private static JsonObject TokenTemplate() => new() { ["user"] = new JsonObject { ["id"] = "officer-li", ["name"] = "李明" } };

    private JsonObject BotTemplate(Random random, int attempt)
    {
        string[] texts = ["登记来访 王秀兰 13812345678 走访 1人 今天上午9点 属地城关镇 劳动社保 反映拖欠工资", "提交", "我的案件", "本周到期",
                          "信访事项的受理期限是多久", "科长推诿塞责怎么处理", "帮助", "改 属地 东关街道", "取消", "XF-2026-000001"];
        string[] types = ["message", "message", "message", "conversationUpdate", "invoke", "messageReaction", "typing", "endOfConversation", "event", "installationUpdate"];
        return new JsonObject
        {
            ["type"] = types[random.Next(types.Length)],
            ["id"] = $"fuzz-{attempt}",
            ["channelId"] = random.Next(4) == 0 ? "msteams" : "test",
            ["serviceUrl"] = _channel.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = random.Next(3) == 0 ? "supervisor-zhao" : "officer-li", ["name"] = "李明", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "信访工作助手" },
            // A few conversations, so damaged turns land on state that other turns keep using.
            ["conversation"] = new JsonObject { ["id"] = $"fuzz-{random.Next(8)}", ["isGroup"] = random.Next(5) == 0 },
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "officer-li" }, new JsonObject { ["id"] = "bot" }),
            ["text"] = texts[random.Next(texts.Length)],
            ["value"] = new JsonObject { ["action"] = "submit", ["case"] = "XF-2026-000001" },
            ["name"] = "adaptiveCard/action",
            ["localTimestamp"] = "2026-03-18T10:00:00+08:00",
            ["deliveryMode"] = "expectReplies",
        };
    }

    private static JsonObject DirectLineTemplate(Random random) => new()
    {
        ["type"] = random.Next(4) == 0 ? "event" : "message",
        ["from"] = new JsonObject { ["id"] = "officer-li", ["name"] = "李明" },
        ["text"] = random.Next(2) == 0 ? "本周到期" : "帮助",
        ["locale"] = "zh-CN",
    };

    private static ByteArrayContent Json(byte[] body, Random random)
    {
        var content = new ByteArrayContent(body);
        // Now and then a wrong or missing content type.
        content.Headers.ContentType = random.Next(50) == 0 ? new MediaTypeHeaderValue("text/plain") : new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed record DirectLineConversation(string Id, string Token);

    private async Task<DirectLineConversation> StartDirectLineAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        var response = await _host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var started = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineConversation(started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostDirectLineAsync(DirectLineConversation conversation, JsonObject activity) =>
        PostDirectLineRawAsync(conversation, System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()), new Random(0));

    private async Task<HttpResponseMessage> PostDirectLineRawAsync(DirectLineConversation conversation, byte[] body, Random random)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversation.Id}/activities") { Content = Json(body, random) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.Token);
        return await _host.Client.SendAsync(request);
    }

    /// <summary>An invoke the bot does not handle answers 501, as the Bot Framework protocol has it (of duplicate keys, the last counts).</summary>
    private static bool IsInvoke(byte[] body)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.EnumerateObject().LastOrDefault(p => p.Name == "type").Value is { ValueKind: System.Text.Json.JsonValueKind.String } type
                && type.GetString() == "invoke";
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string Text(IReadOnlyList<PetitionBot.Protocol.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static string Preview(byte[] body) => Preview(System.Text.Encoding.UTF8.GetString(body));

    private static string Tail(string log) => log.Length <= 3000 ? log : log[^3000..];

    private static string Preview(string text) => text.Length <= 400 ? text : text[..400] + $"…（{text.Length} chars）";
}
