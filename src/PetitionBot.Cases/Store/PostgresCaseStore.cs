using System.Data.Common;
using Npgsql;
using PetitionBot.Cases.Lifecycle;

namespace PetitionBot.Cases.Store;

/// <summary>The case store on PostgreSQL (or a compatible server), shared by every instance of the bot.</summary>
public sealed class PostgresCaseStore : RelationalCaseStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresCaseStore(string connectionString, CaseLifecycle lifecycle, TimeProvider? time = null) : base(lifecycle, time)
    {
        _dataSource = PostgresDialect.DataSource(connectionString);
    }

    /// <summary>Connects and applies pending migrations (serialised across instances by an advisory lock).</summary>
    public static async Task<PostgresCaseStore> OpenAsync(string connectionString, CaseLifecycle lifecycle,
        CancellationToken cancellationToken, TimeProvider? time = null)
    {
        return await MigratedAsync(new PostgresCaseStore(connectionString, lifecycle, time), cancellationToken);
    }

    private protected override SqlDialect Dialect { get; } = new PostgresDialect();

    private protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
