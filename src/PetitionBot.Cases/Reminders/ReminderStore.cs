using PetitionBot.Cases.Retention;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// The reminder tables in the case database, by job: subscriptions, the schedule (transitions seen and reminders
/// queued) and deliveries (claims with a lease, outcomes, the send log).
/// </summary>
public sealed class ReminderStore : IAsyncDisposable
{
    private readonly ReminderDatabase _database;

    private ReminderStore(ReminderDatabase database)
    {
        _database = database;
        Subscriptions = new ReminderSubscriptionStore(database);
        Schedule = new ReminderScheduleStore(database);
        Deliveries = new ReminderDeliveryStore(database);
        History = new ReminderHistoryPruner(database);
    }

    public ReminderSubscriptionStore Subscriptions { get; }

    public ReminderScheduleStore Schedule { get; }

    public ReminderDeliveryStore Deliveries { get; }

    /// <summary>Pruning the reminder tables' past (section Retention).</summary>
    public ReminderHistoryPruner History { get; }

    public static ReminderStore ForPostgres(string connectionString) => new(ReminderDatabase.ForPostgres(connectionString));

    public static ReminderStore ForSqlite(string path) => new(ReminderDatabase.ForSqlite(path));

    /// <summary>The store on the same database the case store options point at.</summary>
    public static ReminderStore For(CaseStoreOptions options) =>
        options.UsesPostgres ? ForPostgres(options.PostgresConnectionString!) : ForSqlite(options.SqlitePath);

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
