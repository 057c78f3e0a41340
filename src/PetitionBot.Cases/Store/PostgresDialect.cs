using System.Data.Common;
using Npgsql;

namespace PetitionBot.Cases.Store;

internal sealed class PostgresDialect : SqlDialect
{
    // Any fixed key works; it only has to be the same for every instance of this application.
    private const long MigrationLockKey = 0x5045_5449_5449_4F4E;

    /// <summary>
    /// Connections for the stores. Their queries are short or run in the background; on a small server starting
    /// parallel workers costs more than it saves (the 本周到期 count over 150,000 cases: 16–20 ms alone, 37–81 ms with
    /// workers, on a busy 2-core machine), so they are off. A -c given in the connection string's Options still wins.
    /// </summary>
    public static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = ("-c max_parallel_workers_per_gather=0 " + builder.Options).Trim();
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string Name => "Postgres";
    public override string True => "TRUE";

    public override string False => "FALSE";
    public override string Explain => "EXPLAIN ";
    public override string Json(string parameter) => $"CAST({parameter} AS jsonb)";

    /// <summary>One array parameter per column, unnested side by side: sent in binary, no parsing.</summary>
    public override string Rows<T>(DbCommand command, string name, RowSet<T> rows)
    {
        foreach (var (column, values) in rows.Columns)
            command.AddParameter($"{name}_{column}", values);
        var arrays = string.Join(", ", rows.Columns.Select(c => $"@{name}_{c.Name}"));
        return $"unnest({arrays}) AS r({string.Join(", ", rows.Columns.Select(c => c.Name))})";
    }

    public override string MigrationLock => $"SELECT pg_advisory_lock({MigrationLockKey})";
    public override string MigrationUnlock => $"SELECT pg_advisory_unlock({MigrationLockKey})";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
