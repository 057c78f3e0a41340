using System.Data.Common;

namespace PetitionBot.Cases.Store;

/// <summary>What every store in this project does the same way: build commands, and turn database failures into one exception.</summary>
internal static class DbAccess
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Database failures become <see cref="CaseStoreUnavailableException"/>; transactions roll back on dispose.</summary>
    public static async Task<T> Guard<T>(string operation, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (DbException e)
        {
            throw new CaseStoreUnavailableException($"{operation} failed ({e.GetType().Name})", e);
        }
    }
}
