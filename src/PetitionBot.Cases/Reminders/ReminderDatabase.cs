using System.Data.Common;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// The case database as the reminder stores reach it (SQLite or PostgreSQL). Its tables come with the case store's
/// migrations, so open the case store first.
/// </summary>
public sealed class ReminderDatabase : IAsyncDisposable
{
    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly Func<ValueTask> _dispose;

    private ReminderDatabase(Func<CancellationToken, ValueTask<DbConnection>> open, Func<ValueTask> dispose, SqlDialect dialect)
    {
        _open = open;
        _dispose = dispose;
        Dialect = dialect;
    }

    internal SqlDialect Dialect { get; }

    internal ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) => _open(cancellationToken);

    public static ReminderDatabase ForPostgres(string connectionString)
    {
        var dataSource = PostgresDialect.DataSource(connectionString);
        return new ReminderDatabase(async ct => await dataSource.OpenConnectionAsync(ct), dataSource.DisposeAsync, new PostgresDialect());
    }

    public static ReminderDatabase ForSqlite(string path)
    {
        var connectionString = SqliteConnections.ConnectionString(path);
        return new ReminderDatabase(ct => SqliteConnections.OpenAsync(connectionString, ct), () => ValueTask.CompletedTask, new SqliteDialect());
    }

    public ValueTask DisposeAsync() => _dispose();
}
