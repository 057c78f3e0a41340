using System.Diagnostics;
using System.Globalization;
using Npgsql;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Testing;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.Reminders;

/// <summary>
/// One scheduling pass over a large PostgreSQL case database: N open cases (default 1,000,000) with due dates spread
/// over 100 days around today, and M subscribers (default 10,000: 100 for everything, the rest per unit or per officer).
/// Prints the first pass (everything yellow/red is new), the steady pass (nothing changed), the next day's pass, and the
/// 08:30 pass that queues every digest.
/// </summary>
public static class ReminderPassBenchmark
{
    private const int Units = 50;
    private const int Officers = 2000;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var subscribers = Option(args, "--subscribers", 10_000);
        Console.WriteLine($"Reminder pass: {cases:N0} open cases, {subscribers:N0} subscribers, PostgreSQL on this machine ({Environment.ProcessorCount} cores).");

        await using var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var deadlines = CaseDeadlines.Load(RepositoryRoot.Combine("regulations"));
        var clock = new BenchmarkClock(new DateTimeOffset(2026, 3, 18, 7, 0, 0, TimeSpan.FromHours(8)));
        await using (var caseStore = await PostgresCaseStore.OpenAsync(connectionString, new CaseLifecycle(deadlines), CancellationToken.None, clock))
        {
            var load = Stopwatch.StartNew();
            await SeedAsync(connectionString, cases, subscribers, DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime));
            Console.WriteLine($"  seeded in {load.Elapsed.TotalSeconds:0.0} s");
        }

        await using var store = ReminderStore.ForPostgres(connectionString);
        var scheduler = new ReminderScheduler(store, deadlines, new ReminderOptions(), clock);
        Report("first pass (all current yellow/red new)", await scheduler.RunPassAsync(CancellationToken.None));
        for (var i = 0; i < 3; i++)
            Report("steady pass (nothing changed)", await scheduler.RunPassAsync(CancellationToken.None));
        clock.Now = clock.Now.AddDays(1);
        Report("next day's first pass", await scheduler.RunPassAsync(CancellationToken.None));
        Report("steady pass", await scheduler.RunPassAsync(CancellationToken.None));
        clock.Now = clock.Now.AddHours(1.6);
        Report("08:36 pass, every digest queued", await scheduler.RunPassAsync(CancellationToken.None));
        Report("steady pass after the digests", await scheduler.RunPassAsync(CancellationToken.None));

        await using (var caseStore = await PostgresCaseStore.OpenAsync(connectionString, new CaseLifecycle(deadlines), CancellationToken.None, clock))
        {
            await GiveTheFirstPageRealDocumentsAsync(caseStore, connectionString, clock.GetUtcNow());
            await TimeDueThisWeekListAsync(caseStore, DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime));
        }
        return 0;
    }

    /// <summary>
    /// The seeded rows carry no case document (the scheduler reads columns only); the list shows documents, so the
    /// earliest-due rows (the first page) get a real one, filed through the store.
    /// </summary>
    private static async Task GiveTheFirstPageRealDocumentsAsync(ICaseStore store, string connectionString, DateTimeOffset now)
    {
        var real = await store.CreateAsync(new RegisterCase
        {
            By = new Actor("bench", "压测"),
            At = now,
            Case = new NewCase
            {
                Form = PetitionForm.Visit, Petitioners = [new Petitioner("张三", "13812345678")], PeopleCount = 1,
                ProblemLocation = "城关镇", Claim = new PetitionClaim("反映拖欠工资"), RegisteringUnit = "单位1镇", ReceivedAt = now,
            },
        }, CancellationToken.None);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE cases SET data = (SELECT data FROM cases WHERE number = @real)
            WHERE next_due_date = (SELECT min(next_due_date) FROM cases WHERE is_open)
            """;
        command.Parameters.AddWithValue("real", real.Number);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The chat's "本周到期" list (count + first page, as CaseListReply asks) over all cases, 20 times.</summary>
    private static async Task TimeDueThisWeekListAsync(ICaseStore store, DateOnly today)
    {
        var sunday = today.AddDays(6 - ((int)today.DayOfWeek + 6) % 7);
        var query = new CaseQuery { OpenOnly = true, DueTo = sunday };
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var clock = Stopwatch.StartNew();
            await store.CountAsync(query, CancellationToken.None);
            await store.FindAsync(query with { Limit = 5 }, CancellationToken.None);
            if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  本周到期 list (count + first 5) over all cases: p50 {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
    }

    private static void Report(string what, SchedulerPass pass) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-40} {pass.Elapsed.TotalMilliseconds,8:0} ms  transitions {pass.Transitions,7:N0}  reminders {pass.QueuedReminders,7:N0}  digests {pass.QueuedDigests,6:N0}"));

    private static async Task SeedAsync(string connectionString, int cases, int subscribers, DateOnly today)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 600;
        // Due dates from 10 days ago to 90 days ahead; one step kind; units and officers spread evenly.
        command.CommandText = """
            INSERT INTO cases (number, year, sequence, query_code, status, is_open, is_collective, registering_unit,
                responsible_unit, handling_officer, received_on, next_due_date, next_due_step, version, data, created_at, updated_at)
            SELECT 'XF-2026-' || lpad(i::text, 7, '0'), 2026, i, 'Q' || lpad(i::text, 7, '0'), 'in-progress', true, false,
                '单位' || (i % @units) || '镇', NULL, 'officer-' || (i % @officers), @today - 70, @today - 10 + (i % 100),
                'conclude', 1, '{}'::jsonb, now(), now()
            FROM generate_series(1, @cases) AS i;

            INSERT INTO reminder_subscriptions (id, channel_id, conversation_id, user_id, user_name, scope, units, officer_id,
                digest_time, address, is_active, subscribed_at_ms, updated_at_ms)
            SELECT 'sub-' || i, 'msteams', 'conversation-' || i, 'user-' || i, NULL,
                CASE WHEN i <= 100 THEN 'All' WHEN i % 2 = 0 THEN 'Units' ELSE 'OwnCases' END,
                CASE WHEN i > 100 AND i % 2 = 0 THEN '["单位' || (i % @units) || '镇"]' ELSE '[]' END,
                CASE WHEN i > 100 AND i % 2 = 1 THEN 'officer-' || (i % @officers) END,
                '08:30', '{}', true, 0, 0
            FROM generate_series(1, @subscribers) AS i;
            -- Keep the store's number allocator past the seeded numbers.
            INSERT INTO case_counters (year, last_sequence) VALUES (2026, @cases)
                ON CONFLICT (year) DO UPDATE SET last_sequence = EXCLUDED.last_sequence;
            ANALYZE;
            """;
        command.Parameters.AddWithValue("units", Units);
        command.Parameters.AddWithValue("officers", Officers);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("cases", cases);
        command.Parameters.AddWithValue("subscribers", subscribers);
        await command.ExecuteNonQueryAsync();
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class BenchmarkClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}
