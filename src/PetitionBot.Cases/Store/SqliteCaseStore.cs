using System.Data.Common;
using Microsoft.Data.Sqlite;
using PetitionBot.Cases.Lifecycle;

namespace PetitionBot.Cases.Store;

/// <summary>The embedded case store: one SQLite file (WAL mode), writers serialised by BEGIN IMMEDIATE.</summary>
public sealed class SqliteCaseStore : RelationalCaseStore
{
    private readonly string _connectionString;

    public SqliteCaseStore(string path, CaseLifecycle lifecycle, TimeProvider? time = null) : base(lifecycle, time)
    {
        _connectionString = SqliteConnections.ConnectionString(path);
    }

    /// <summary>Opens (creating if needed) the database file and applies pending migrations.</summary>
    public static async Task<SqliteCaseStore> OpenAsync(string path, CaseLifecycle lifecycle, CancellationToken cancellationToken,
        TimeProvider? time = null)
    {
        return await MigratedAsync(new SqliteCaseStore(path, lifecycle, time), cancellationToken);
    }

    private protected override SqlDialect Dialect { get; } = new SqliteDialect();

    private protected override ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        SqliteConnections.OpenAsync(_connectionString, cancellationToken);

    /// <summary>WAL lets readers run while one writer commits; the setting is stored in the file, so once is enough.</summary>
    private protected override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode = WAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
