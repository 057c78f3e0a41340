using System.Diagnostics;
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

    /// <summary>
    /// Database failures become <see cref="CaseStoreUnavailableException"/>; transactions roll back on dispose. Each
    /// operation is a span and a latency entry (<see cref="CasesTelemetry"/>).
    /// </summary>
    public static async Task<T> Guard<T>(string operation, Func<Task<T>> action)
    {
        using var span = CasesTelemetry.Source.StartActivity("store " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            return await action();
        }
        catch (DbException e)
        {
            failed = true;
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw new CaseStoreUnavailableException($"{operation} failed ({e.GetType().Name})", e);
        }
        finally
        {
            CasesTelemetry.StoreOperation(operation, Stopwatch.GetElapsedTime(started), failed);
        }
    }
}
