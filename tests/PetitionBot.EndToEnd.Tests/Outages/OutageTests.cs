using System.Net;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Outages;

/// <summary>A server going down mid-conversation gets a clear answer, and nothing already entered is lost.</summary>
[LongRunning]
public sealed class OutageTests
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");

    private static async Task FillToReviewAsync(BotConversation conversation)
    {
        string[] answers = ["登记来访", "周建华", "13912345678", "跳过", "来电", "2人", "2026-03-17 09:30", "城关镇", "其他", "反映噪音扰民", "跳过"];
        foreach (var answer in answers) await conversation.SayAsync(answer);
    }

    private static async Task WaitUntilReadyAsync(BotHostProcess host)
    {
        // The Redis client reconnects on its own schedule; /readyz says when state can be read again.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await host.Client.GetAsync("readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "the host did not become ready within 30 s of Redis restarting");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task With_the_case_database_down_the_form_is_kept_and_submits_once_it_is_back()
    {
        await using var postgres = await PostgresServer.StartAsync();
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__PostgreSQL"] = await postgres.CreateDatabaseAsync(),
        });
        var conversation = new BotConversation(host.Client, $"pg-down-{Guid.NewGuid():N}") { LocalTime = Wednesday };
        await FillToReviewAsync(conversation);

        await postgres.StopAsync();
        var whileDown = (await conversation.SayAsync("提交")).Single();
        Assert.Contains("案件暂时没能保存，您填写的内容都还在", whileDown.Text);

        await postgres.StartAgainAsync();
        var afterwards = (await conversation.SayAsync("提交")).Single();
        Assert.Matches(@"已登记：XF-2026-\d{6}", afterwards.Text);
    }

    [Fact]
    public async Task With_redis_down_a_turn_gets_503_and_the_conversation_resumes_when_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-redis-down-{Guid.NewGuid():N}.db"),
        });
        // A demo officer: only officers and supervisors may log visits.
        var conversation = new BotConversation(host.Client, $"redis-down-{Guid.NewGuid():N}", userId: "officer-li") { LocalTime = Wednesday };
        await conversation.SayAsync("登记来访");
        await conversation.SayAsync("周建华");

        await redis.StopAsync();
        var response = await conversation.PostAsync(new Activity { Type = ActivityTypes.Message, Text = "13912345678" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
        Assert.Contains("稍后", message);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await host.Client.GetAsync("readyz")).StatusCode);

        await redis.RestartAsync();
        await WaitUntilReadyAsync(host);
        var resumed = (await conversation.SayAsync("13912345678")).Single();
        Assert.Contains("身份证号", resumed.Text);
    }
}
