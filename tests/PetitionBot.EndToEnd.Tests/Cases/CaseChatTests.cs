using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>Case queries and actions from chat against a real PostgreSQL, and the demo cases of the embedded store.</summary>
[LongRunning]
public sealed partial class CaseChatTests
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");

    [Fact]
    public async Task On_postgres_a_case_is_found_by_query_code_and_an_outage_gets_a_clear_answer_and_loses_nothing()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var database = await postgres.CreateDatabaseAsync();
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__PostgreSQL"] = database,
        });
        var officer = new BotConversation(host.Client, $"pg-cases-{Guid.NewGuid():N}", userId: "officer-pg") { LocalTime = Wednesday };
        try
        {
            await PlayAsync(officer, postgres, database);
        }
        catch (Exception) when (Dump(host))
        {
            throw;
        }
    }

    private static async Task PlayAsync(BotConversation officer, PostgresServer postgres, string database)
    {

        var filed = await FileAsync(officer, "登记来访 宋雨桐 13755556601 昨天下午三点 走访 1人 教育 反映入学划片 属地城关镇");
        var match = Filed().Match(filed);
        Assert.True(match.Success, filed);
        var (number, code) = (match.Groups["number"].Value, match.Groups["code"].Value);

        var byCode = await SayOneAsync(officer, $"{code} 查询");
        Assert.StartsWith($"{number} · 教育 · 城关镇", byCode);
        Assert.Contains("宋** 137****6601", byCode);
        // PostgreSQL is shared by every instance: no demo cases there.
        Assert.Contains("目前没有未终结的集体访", await SayOneAsync(officer, "集体访"));
        Assert.Matches($"^我的案件（未终结） 1 件：\\n🟢 {number} 登记转送或告知 4月1日$", await SayOneAsync(officer, "我的案件"));

        // The test server runs without synchronous commit and stops like a crash: flush what is committed first.
        await CheckpointAsync(database);
        await postgres.StopAsync();
        Assert.Contains("案件库暂时连不上", await SayOneAsync(officer, $"{number} 进展"));
        Assert.Contains("这次操作没有保存", await SayOneAsync(officer, "受理"));

        await postgres.StartAgainAsync();
        Assert.Contains($"已受理 {number}", await SayOneAsync(officer, "受理"));
        Assert.Matches($"^{number} 完整记录（共2条）：", await SayOneAsync(officer, "完整记录"));
    }

    [Fact]
    public async Task The_embedded_store_starts_with_demo_cases_around_today()
    {
        var data = Directory.CreateTempSubdirectory("petitionbot-demo-e2e-").FullName;
        try
        {
            await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
            {
                ["Cases__Sqlite__Path"] = Path.Combine(data, "cases.db"),
            });
            // No local time: "today" is the server's day in Asia/Shanghai, as the demo data is.
            var li = new BotConversation(host.Client, $"demo-{Guid.NewGuid():N}", userId: "officer-li");

            Assert.Matches(@"^本周(到期 \d+ 件（另有超期 1 件）|没有其他到期的案件，另有超期 1 件)：\n🔴 XF-\d{4}-\d{6} 受理告知 已超期\d+天",
                await SayOneAsync(li, "本周到期"));
            Assert.Matches(@"^已超期 1 件：\n🔴 ", await SayOneAsync(li, "已超期"));
            Assert.Contains("王**", await SayOneAsync(li, "集体访"));
            Assert.Matches(@"^我的案件（未终结） \d+ 件：", await SayOneAsync(li, "我的案件"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Demo_cases_can_be_switched_off()
    {
        var data = Directory.CreateTempSubdirectory("petitionbot-demo-off-").FullName;
        try
        {
            await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
            {
                ["Cases__Sqlite__Path"] = Path.Combine(data, "cases.db"),
                ["Cases__SeedDemoData"] = "false",
            });
            var li = new BotConversation(host.Client, $"demo-off-{Guid.NewGuid():N}", userId: "officer-li");
            Assert.Contains("目前没有未终结的集体访", await SayOneAsync(li, "集体访"));
            Assert.Contains("您名下没有未终结的案件", await SayOneAsync(li, "我的案件"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task CheckpointAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var checkpoint = new Npgsql.NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync();
    }

    private static bool Dump(BotHostProcess host)
    {
        Console.WriteLine(host.Output);
        return false;
    }

    private static async Task<string> FileAsync(BotConversation conversation, string sentence)
    {
        var review = string.Join("\n", (await conversation.SayAsync(sentence)).Select(r => r.Text));
        Assert.Contains("请核对", review);
        return await SayOneAsync(conversation, "提交");
    }

    private static async Task<string> SayOneAsync(BotConversation conversation, string text) =>
        (await conversation.SayAsync(text)).Single().Text ?? "";

    [GeneratedRegex(@"已登记：(?<number>XF-2026-\d{6})（查询码 (?<code>[2-9A-HJKMNP-Z]{6})）")]
    private static partial Regex Filed();
}
