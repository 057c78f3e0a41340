using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Tests.Reminders;

/// <summary>A case store, the reminder store on the same database, a hand-moved clock and a recording channel.</summary>
internal sealed class ReminderTestBed : IAsyncDisposable
{
    private readonly string? _folder;

    private ReminderTestBed(RelationalCaseStore cases, ReminderStore reminders, ManualClock clock, string? folder)
    {
        Cases = cases;
        Reminders = reminders;
        Clock = clock;
        _folder = folder;
        Scheduler = NewScheduler();
        Dispatcher = NewDispatcher(Sender);
    }

    public RelationalCaseStore Cases { get; }
    public ReminderStore Reminders { get; }
    public ManualClock Clock { get; }
    public ReminderOptions Options { get; } = new() { RetryDelay = TimeSpan.FromMinutes(1) };
    public RecordingSender Sender { get; } = new();
    public ReminderScheduler Scheduler { get; }
    public ReminderDispatcher Dispatcher { get; }

    public static async Task<ReminderTestBed> SqliteAsync(string start = "2026-03-18 10:00")
    {
        var folder = Directory.CreateTempSubdirectory("reminders-").FullName;
        var path = Path.Combine(folder, "cases.db");
        var clock = new ManualClock(ManualClock.China(start));
        var cases = await SqliteCaseStore.OpenAsync(path, CaseFactory.StatusMachine, CancellationToken.None, clock);
        return new ReminderTestBed(cases, ReminderStore.ForSqlite(path), clock, folder);
    }

    public static async Task<ReminderTestBed> PostgresAsync(string connectionString, string start = "2026-03-18 10:00")
    {
        var clock = new ManualClock(ManualClock.China(start));
        var cases = await PostgresCaseStore.OpenAsync(connectionString, CaseFactory.StatusMachine, CancellationToken.None, clock);
        return new ReminderTestBed(cases, ReminderStore.ForPostgres(connectionString), clock, null);
    }

    public ReminderScheduler NewScheduler() => new(Reminders, CaseFactory.StatusMachine.Deadlines, Options, Clock);

    public ReminderDispatcher NewDispatcher(IReminderSender sender) =>
        new(Reminders, Cases, CaseFactory.StatusMachine.Deadlines, sender, Options, Clock);

    public Task<ReminderSubscription> SubscribeAsync(string userId, ReminderScope scope = ReminderScope.All,
        IReadOnlyList<string>? units = null, string time = "08:30", string? officer = null) =>
        Reminders.Subscriptions.SubscribeAsync(new ReminderSubscription
        {
            ChannelId = "test",
            ConversationId = "conversation-" + userId,
            UserId = userId,
            UserName = "赵强",
            Scope = scope,
            Units = units ?? [],
            OfficerId = officer,
            DigestTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            Address = "{\"user\":{\"id\":\"" + userId + "\"}}",
        }, Clock.GetUtcNow(), CancellationToken.None);

    /// <summary>One scheduler pass and one dispatch round, as a host tick does.</summary>
    public async Task<SchedulerPass> TickAsync()
    {
        var pass = await Scheduler.RunPassAsync(CancellationToken.None);
        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        return pass;
    }

    public async ValueTask DisposeAsync()
    {
        await Reminders.DisposeAsync();
        await Cases.DisposeAsync();
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
