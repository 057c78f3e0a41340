using System.Diagnostics;
using PetitionBot.Benchmarks.Reminders;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Statistics;
using PetitionBot.Cases.Store;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Statistics;
using PetitionBot.Chat.Statistics.Charts;
using PetitionBot.Chat.Users;
using PetitionBot.Testing;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.Statistics;

/// <summary>
/// Statistics: chart rendering alone (bars by unit, a year's line), then the chat's statistics replies over a large
/// PostgreSQL case database (--cases N, default 1,000,000; --cases 0 skips it), for a supervisor (every case) and an
/// officer (one unit), both the SQL alone and the whole reply with its chart. Medians and ranges over 20 rounds.
/// </summary>
public static class StatisticsBenchmark
{
    private const int Rounds = 20;
    private const string Supervisor = "bench-supervisor";
    private const string Officer = "bench-officer";

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var font = ChartFont.Find(null);
        if (!font.IsAvailable)
        {
            Console.Error.WriteLine($"No Chinese font: {font.Problem}. {ChartFont.InstallHint}");
            return 1;
        }
        var chart = new StatisticsChart(font);
        Charts(chart);
        if (cases > 0)
            await RepliesAsync(chart, cases);
        return 0;
    }

    private static void Charts(StatisticsChart chart)
    {
        var units = Enumerable.Range(0, 10).Select(i => new ChartPoint($"单位{i}镇信访办", 3 + i * 1.7, $"{3 + i * 1.7:0.0}%（{i}/40）")).ToList();
        var months = Enumerable.Range(1, 12).Select(m => new ChartPoint($"{m}月", 30_000 + m * 900, "")).ToList();
        foreach (var (what, draw) in new (string, Func<byte[]?>)[]
        {
            ("bar chart, 10 units", () => chart.Bars("2026年11月 各单位超期率", units, p => p.Value > 10)),
            ("line chart, 12 months", () => chart.Line("今年 信访量走势（按月）", months)),
        })
        {
            draw();
            var times = new PassTimes($"render {what}, {StatisticsChart.Width}×{StatisticsChart.Height} PNG");
            var bytes = 0;
            for (var i = 0; i < Rounds * 2; i++)
            {
                var clock = Stopwatch.StartNew();
                bytes = draw()!.Length;
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"  {times}, {bytes / 1024} KiB");
        }
    }

    private static async Task RepliesAsync(StatisticsChart chart, int cases)
    {
        Console.WriteLine($"Statistics replies over {cases:N0} cases (two years) in PostgreSQL on this machine; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.");
        await using var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var deadlines = CaseDeadlines.Load(RepositoryRoot.Combine("regulations"));
        await using var store = await PostgresCaseStore.OpenAsync(connectionString, new CaseLifecycle(deadlines), CancellationToken.None);
        var now = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(8));
        var today = DateOnly.FromDateTime(now.DateTime);
        var load = Stopwatch.StartNew();
        await StatisticsCaseDatabase.SeedAsync(connectionString, cases, today);
        Console.WriteLine($"  seeded and vacuumed in {load.Elapsed.TotalSeconds:0.0} s");

        var unit = LargeCaseDatabase.Unit(1);
        var users = new UserOptions
        {
            Users =
            [
                new ChatUser { Id = Supervisor, Name = "压测主管", Role = "supervisor" },
                new ChatUser { Id = Officer, Name = "压测办事员", Role = "officer", Unit = unit },
            ],
        };
        var reply = new StatisticsReply(store, new CaseAccess(users, new UserDirectory(users)), chart);
        foreach (var text in new[] { "本月统计", "上月各单位超期率", "今年信访量走势", "今年集体访有多少", "本月重复来访的有哪些人" })
        {
            var request = StatisticsRequestReader.Read(text, now);
            foreach (var (user, who) in new[] { (Supervisor, "supervisor"), (Officer, "officer") })
            {
                var times = new PassTimes($"{text} ({who}, whole reply with chart)");
                StatisticsAnswer answer = new("", []);
                for (var i = 0; i <= Rounds; i++)
                {
                    var clock = Stopwatch.StartNew();
                    answer = await reply.WriteAsync(request, user, today, CancellationToken.None);
                    if (i > 0)
                        times.Add(clock.Elapsed.TotalMilliseconds);
                }
                Console.WriteLine($"  {times} — {answer.Text.Split('\n')[0]}");
            }
        }
        // The SQL alone: the largest single tally, a year by day, and the repeat petitioners of a month.
        var year = new CaseQuery { ReceivedFrom = new DateOnly(2026, 1, 1), ReceivedTo = today };
        var month = new CaseQuery { ReceivedFrom = new DateOnly(2026, 12, 1), ReceivedTo = today };
        await SqlAsync("SQL: this year by unit (supervisor)", () => store.TallyAsync(year, CaseGrouping.Unit, today, CancellationToken.None));
        await SqlAsync("SQL: this year by day (supervisor)", () => store.TallyAsync(year, CaseGrouping.ReceivedDay, today, CancellationToken.None));
        await SqlAsync("SQL: this year by unit (officer)", () => store.TallyAsync(year with { Units = [unit] }, CaseGrouping.Unit, today, CancellationToken.None));
        await SqlAsync("SQL: repeat petitioners this month", () => store.RepeatPetitionersAsync(month, 2, 10, CancellationToken.None));
    }

    private static async Task SqlAsync<T>(string what, Func<Task<T>> query)
    {
        var times = new PassTimes(what);
        for (var i = 0; i <= Rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            if (i > 0)
                times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {times}");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
