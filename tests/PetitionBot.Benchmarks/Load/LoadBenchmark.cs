using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.Load;

/// <summary>
/// N concurrent conversations each sending M messages through POST /api/messages with expectReplies, against the real
/// host process with in-memory or Redis state. Prints turns/s, latency percentiles at full and at half load, and memory.
/// </summary>
public static class LoadBenchmark
{
    // A realistic cycle: start the visit form, answer three fields, cancel.
    private static readonly string[] Cycle = ["登记来访", "王秀兰", "13812345678", "跳过", "取消"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = LoadOptions.Parse(args);
        Console.WriteLine($"Load: {options.Conversations} conversations x {options.MessagesPerConversation} messages; {Environment.ProcessorCount} cores; generator and host on one machine.");
        foreach (var state in options.States)
            await RunOneAsync(state, options);
        return 0;
    }

    private static async Task RunOneAsync(string state, LoadOptions options)
    {
        await using var redis = state == "redis" ? await RedisServer.StartAsync() : null;
        var dataFolder = Directory.CreateTempSubdirectory("petitionbot-bench-").FullName;
        var settings = new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(dataFolder, "cases.db"),
            ["Logging__LogLevel__Default"] = "Error",
        };
        if (redis is not null) settings["Redis__Configuration"] = redis.ConnectionString;
        await using var host = await BotHostProcess.StartAsync(settings);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        await ClosedLoopAsync(http, "warmup", 50, 20);
        var full = await ClosedLoopAsync(http, $"{state}-full", options.Conversations, options.MessagesPerConversation);
        var half = await OpenLoopAsync(http, $"{state}-half", full.TurnsPerSecond / 2, TimeSpan.FromSeconds(8), options.Conversations);
        await ClosedLoopAsync(http, $"{state}-idle", options.IdleConversations, 1);
        var filing = await FilingAsync(http, $"{state}-filing", 300);
        var (rss, peak) = ProcessMemory.Read(host.ProcessId!.Value);

        Console.WriteLine($"| {state} | {full.TurnsPerSecond:F0} turns/s | full load p50 {full.Latency.Percentile(50):F1} / p95 {full.Latency.Percentile(95):F1} / p99 {full.Latency.Percentile(99):F1} ms " +
                          $"| at {half.TargetRate:F0}/s: p50 {half.Latency.Percentile(50):F1} / p95 {half.Latency.Percentile(95):F1} / p99 {half.Latency.Percentile(99):F1} ms " +
                          $"| {options.IdleConversations + options.Conversations + 50} conversations: RSS {rss:F0} MB, peak {peak:F0} MB | errors {full.Errors + half.Errors} |");
        Console.WriteLine($"| {state} | cases filed through the chat (4 turns each, SQLite): {filing:F0} cases/s |");
        Directory.Delete(dataFolder, recursive: true);
    }

    // One-sentence filing as an officer types it; the remaining answers; then 提交.
    private static readonly string[] Filing =
        ["登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇", "走访", "劳动社保", "提交"];

    /// <summary>Cases filed per second: each conversation walks the whole form and submits; only confirmed filings count.</summary>
    private static async Task<double> FilingAsync(HttpClient http, string run, int conversations)
    {
        var filed = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (c, ct) =>
        {
            for (var m = 0; m < Filing.Length; m++)
            {
                var body = await PostAsync(http, $"{run}-{c}", m, Filing[m], ct);
                if (m == Filing.Length - 1 && body.Contains("已登记")) Interlocked.Increment(ref filed);
            }
        });
        return filed / clock.Elapsed.TotalSeconds;
    }

    private static async Task<string> PostAsync(HttpClient http, string conversation, int message, string text, CancellationToken ct)
    {
        using var content = Body(conversation, message, text);
        using var response = await http.PostAsync("api/messages", content, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>A message activity with expectReplies, at a fixed user clock so relative dates resolve the same every run.</summary>
    private static StringContent Body(string conversation, int message, string text)
    {
        var json = $$"""{"type":"message","id":"{{conversation}}-{{message}}","channelId":"bench","serviceUrl":"http://127.0.0.1:9/","text":"{{text}}","localTimestamp":"2026-03-18T10:00:00+08:00","from":{"id":"u-{{conversation}}"},"recipient":{"id":"bot"},"conversation":{"id":"{{conversation}}"},"deliveryMode":"expectReplies"}""";
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed record ClosedLoopResult(double TurnsPerSecond, LatencyRecorder Latency, int Errors);

    private sealed record OpenLoopResult(double TargetRate, LatencyRecorder Latency, int Errors);

    private static async Task<ClosedLoopResult> ClosedLoopAsync(HttpClient http, string run, int conversations, int messages)
    {
        var latency = new LatencyRecorder();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = Math.Min(conversations, 256) }, async (c, ct) =>
        {
            var conversation = $"{run}-{c}";
            for (var m = 0; m < messages; m++)
            {
                if (!await SendAsync(http, conversation, m, latency, ct)) Interlocked.Increment(ref errors);
            }
        });
        return new ClosedLoopResult(latency.Count / clock.Elapsed.TotalSeconds, latency, errors);
    }

    /// <summary>Sends at a fixed rate regardless of replies (open loop), so latency is measured at that load.</summary>
    private static async Task<OpenLoopResult> OpenLoopAsync(HttpClient http, string run, double rate, TimeSpan duration, int conversations)
    {
        var latency = new LatencyRecorder();
        var errors = 0;
        var total = (int)(rate * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / rate);
        var pending = new List<Task>(total);
        var sequence = new int[conversations];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            var c = i % conversations;
            var m = sequence[c]++;
            pending.Add(Task.Run(async () =>
            {
                if (!await SendAsync(http, $"{run}-{c}", m, latency, CancellationToken.None)) Interlocked.Increment(ref errors);
            }));
        }
        await Task.WhenAll(pending);
        return new OpenLoopResult(rate, latency, errors);
    }

    private static async Task<bool> SendAsync(HttpClient http, string conversation, int message, LatencyRecorder latency, CancellationToken ct)
    {
        var text = Cycle[message % Cycle.Length];
        using var content = Body(conversation, message, text);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync("api/messages", content, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            latency.Add(Stopwatch.GetElapsedTime(started));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
