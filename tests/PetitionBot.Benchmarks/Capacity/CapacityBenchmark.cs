using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Npgsql;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.Capacity;

/// <summary>
/// What one office's day costs, measured for the deployment guide's sizing: the host with Redis state and PostgreSQL
/// cases, N conversations each filing a visit (4 turns), asking a regulation question, listing 本周到期 and asking for
/// help. Prints the host's CPU time per turn (a cost that holds on a busy machine, unlike turns/s), Redis memory per
/// conversation, and PostgreSQL bytes per filed case.
/// </summary>
public static class CapacityBenchmark
{
    private static readonly string[] Day =
    [
        "登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇", "走访", "劳动社保", "提交",
        "信访事项超期未办结要追究谁的责任", "本周到期", "帮助",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = args.Length > 0 ? int.Parse(args[0]) : 2000;
        await using var redis = await RedisServer.StartAsync();
        await using var postgres = await PostgresServer.StartAsync();
        var database = postgres.ConnectionString(await postgres.CreateDatabaseAsync());
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.ConnectionString,
            ["ConnectionStrings__PostgreSQL"] = database,
            ["Cases__SeedDemoData"] = "false",
            ["Logging__LogLevel__Default"] = "Error",
        });
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

        await RunDayAsync(http, "warmup", 100);
        var redisBefore = await UsedMemoryAsync(redis);
        var databaseBefore = await DatabaseBytesAsync(database);
        var cpuBefore = ProcessCpu.Read(host.ProcessId!.Value);
        var clock = Stopwatch.StartNew();
        var filed = await RunDayAsync(http, "day", conversations);
        var elapsed = clock.Elapsed;
        var cpu = ProcessCpu.Read(host.ProcessId!.Value) - cpuBefore;
        var redisAfter = await UsedMemoryAsync(redis);
        var databaseAfter = await DatabaseBytesAsync(database);

        var turns = conversations * Day.Length;
        Console.WriteLine($"Capacity: {conversations} conversations x {Day.Length} turns ({filed} cases filed) in {elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, generator on the same machine");
        Console.WriteLine($"| host CPU per turn | {cpu.TotalMilliseconds / turns:F2} ms (a core serves {turns / cpu.TotalSeconds:F0} turns/s of this mix) |");
        Console.WriteLine($"| Redis memory per conversation | {(redisAfter - redisBefore) / (double)conversations:F0} bytes (used_memory {redisBefore / 1e6:F1} → {redisAfter / 1e6:F1} MB) |");
        Console.WriteLine($"| PostgreSQL per filed case | {(databaseAfter - databaseBefore) / (double)Math.Max(1, filed):F0} bytes (tables and indexes {databaseBefore / 1e6:F1} → {databaseAfter / 1e6:F1} MB) |");
        return filed == conversations ? 0 : 1;
    }

    private static async Task<int> RunDayAsync(HttpClient http, string run, int conversations)
    {
        var filed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (c, ct) =>
        {
            for (var m = 0; m < Day.Length; m++)
            {
                var body = await PostAsync(http, $"{run}-{c}", m, Day[m], ct);
                if (m == 3 && body.Contains("已登记")) Interlocked.Increment(ref filed);
            }
        });
        return filed;
    }

    private static async Task<string> PostAsync(HttpClient http, string conversation, int message, string text, CancellationToken ct)
    {
        var json = $$"""{"type":"message","id":"{{conversation}}-{{message}}","channelId":"bench","serviceUrl":"http://127.0.0.1:9/","text":"{{text}}","localTimestamp":"2026-03-18T10:00:00+08:00","from":{"id":"u-{{conversation}}"},"recipient":{"id":"bot"},"conversation":{"id":"{{conversation}}"},"deliveryMode":"expectReplies"}""";
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("api/messages", content, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    private static async Task<long> UsedMemoryAsync(RedisServer redis)
    {
        var info = await redis.CommandAsync(CancellationToken.None, "INFO", "memory") ?? "";
        var line = info.Split('\n').First(l => l.StartsWith("used_memory:", StringComparison.Ordinal));
        return long.Parse(line["used_memory:".Length..].Trim());
    }

    private static async Task<long> DatabaseBytesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public'",
            connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
