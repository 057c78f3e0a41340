using System.Globalization;
using PetitionBot.Benchmarks.Cases;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;
using PetitionBot.Testing;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Benchmarks.Reminders;

/// <summary>
/// Scheduling passes over a large PostgreSQL case database (see <see cref="LargeCaseDatabase"/>; default 1,000,000
/// open cases and 10,000 subscribers), then the chat's 本周到期 reply over it. Starts on Wednesday 2026-03-18 07:00:
/// the one-off first pass over the existing database (everything yellow/red is new), steady passes (nothing changed),
/// the 08:36 pass that queues every digest; then on each following working day the day's first pass at 07:00, steady
/// passes and the digest pass. Every pass is printed; the summary gives median and range per kind.
/// The list is timed as on the first day.
/// </summary>
/// <remarks>
/// Options: --cases N, --subscribers M, --days D (following working days, default 4), --history H (reminder
/// transitions of closed cases from the year before, default 0: what years of use leave behind).
/// </remarks>
public static class ReminderPassBenchmark
{
    private const int SteadyPasses = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = Option(args, "--cases", 1_000_000);
        var subscribers = Option(args, "--subscribers", 10_000);
        var days = Option(args, "--days", 4);
        var history = Option(args, "--history", 0);
        Console.WriteLine($"Reminder pass: {cases:N0} open cases, {subscribers:N0} subscribers, {history:N0} past transitions, PostgreSQL on this machine; load average {LoadAverage()}.");

        await using var server = await PostgresServer.StartAsync();
        var connectionString = await server.CreateDatabaseAsync();
        var deadlines = CaseDeadlines.Load(RepositoryRoot.Combine("regulations"));
        var start = new DateTimeOffset(2026, 3, 18, 7, 0, 0, TimeSpan.FromHours(8));
        var clock = new BenchmarkClock(start);
        await using var caseStore = await PostgresCaseStore.OpenAsync(connectionString, new CaseLifecycle(deadlines), CancellationToken.None, clock);
        var load = System.Diagnostics.Stopwatch.StartNew();
        await LargeCaseDatabase.SeedAsync(connectionString, cases, subscribers, history, Today(clock));
        Console.WriteLine($"  seeded and vacuumed in {load.Elapsed.TotalSeconds:0.0} s");

        await using var store = ReminderStore.ForPostgres(connectionString);
        var scheduler = new ReminderScheduler(store, deadlines, new ReminderOptions(), clock);
        var first = new PassTimes("one-off first pass");
        var dayFirst = new PassTimes("day's first pass");
        var steady = new PassTimes("steady pass");
        var digest = new PassTimes("digest pass");
        await RunDayAsync(scheduler, clock, first, steady, digest);
        for (var day = 0; day < days; day++)
        {
            do
                clock.Now = clock.Now.AddDays(1);
            while (!deadlines.Calculator.Calendar.IsWorkingDay(Today(clock)));
            clock.Now = new DateTimeOffset(Today(clock).ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(8));
            await RunDayAsync(scheduler, clock, dayFirst, steady, digest);
        }
        Console.WriteLine("  summary (shared machine: see the range):");
        foreach (var times in new[] { first, dayFirst, steady, digest })
            Console.WriteLine($"    {times}");

        // On the first day, as the chat would show it then: about 150,000 cases due by Sunday at 1,000,000.
        await DueThisWeekListTiming.RunAsync(caseStore, deadlines, connectionString, start);
        return 0;
    }

    /// <summary>07:00 first pass and steady passes, then 08:36 (every digest due) and one steady pass after it.</summary>
    private static async Task RunDayAsync(ReminderScheduler scheduler, BenchmarkClock clock, PassTimes first, PassTimes steady, PassTimes digest)
    {
        var date = Today(clock).ToString("ddd MM-dd", CultureInfo.InvariantCulture);
        await PassAsync(scheduler, $"{date} 07:00 first pass", first);
        for (var i = 0; i < SteadyPasses; i++)
            await PassAsync(scheduler, $"{date} 07:00 steady pass", steady);
        clock.Now = clock.Now.AddHours(1.6);
        await PassAsync(scheduler, $"{date} 08:36 digest pass", digest);
        await PassAsync(scheduler, $"{date} 08:36 steady pass", steady);
    }

    private static async Task PassAsync(ReminderScheduler scheduler, string what, PassTimes times)
    {
        var pass = await scheduler.RunPassAsync(CancellationToken.None);
        times.Add(pass.Elapsed.TotalMilliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-28} {pass.Elapsed.TotalMilliseconds,8:0} ms  transitions {pass.Transitions,7:N0}  reminders {pass.QueuedReminders,7:N0}  digests {pass.QueuedDigests,6:N0}"));
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] + $" on {Environment.ProcessorCount} cores" : "unknown";

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
