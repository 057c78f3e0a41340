using System.Data.Common;
using Npgsql;

namespace PetitionBot.Cases.Store;

internal sealed class PostgresDialect : SqlDialect
{
    // Any fixed key works; it only has to be the same for every instance of this application.
    private const long MigrationLockKey = 0x5045_5449_5449_4F4E;

    public override string Name => "Postgres";
    public override string True => "TRUE";
    public override string Explain => "EXPLAIN ";
    public override string Json(string parameter) => $"CAST({parameter} AS jsonb)";
    public override string MigrationLock => $"SELECT pg_advisory_lock({MigrationLockKey})";
    public override string MigrationUnlock => $"SELECT pg_advisory_unlock({MigrationLockKey})";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
