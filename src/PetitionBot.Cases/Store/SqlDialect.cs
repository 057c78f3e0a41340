using System.Data.Common;

namespace PetitionBot.Cases.Store;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
internal abstract class SqlDialect
{
    /// <summary>Folder of this dialect's migrations (migrations/{Name}/NNNN_name.sql).</summary>
    public abstract string Name { get; }

    /// <summary>Literal for true, written so partial indexes on it can be used.</summary>
    public abstract string True { get; }

    /// <summary>Literal for false, written so partial indexes on it can be used.</summary>
    public abstract string False { get; }

    /// <summary>A parameter placeholder for a JSON column.</summary>
    public abstract string Json(string parameter);

    /// <summary>
    /// Many rows for one statement, as the FROM item <c>r</c> with the set's column names (<c>r.id</c>); adds the
    /// parameters under <paramref name="name"/> to <paramref name="command"/>.
    /// </summary>
    public abstract string Rows<T>(DbCommand command, string name, RowSet<T> rows);

    /// <summary>Prefix that turns a query into its plan.</summary>
    public abstract string Explain { get; }

    /// <summary>SQL run before migrating so two instances starting together do not race; null when not needed.</summary>
    public virtual string? MigrationLock => null;

    public virtual string? MigrationUnlock => null;

    public abstract bool IsUniqueViolation(DbException exception);
}
