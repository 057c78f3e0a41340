using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PetitionBot.Cases.Store;

internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraintUnique = 2067;

    public override string Name => "Sqlite";
    public override string True => "1";
    public override string Explain => "EXPLAIN QUERY PLAN ";
    public override string Json(string parameter) => parameter;

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique };
}
