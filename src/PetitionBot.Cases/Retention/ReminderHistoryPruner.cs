using System.Data.Common;
using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Retention;

/// <summary>
/// Removes the reminder tables' past by age, a bounded batch per statement: finished deliveries, transitions no open
/// case still stands at, and cancelled subscriptions with no delivery left. Cases, their events and pending or
/// folded deliveries are never touched. Every instance may run it; the statements are idempotent.
/// </summary>
public sealed class ReminderHistoryPruner(ReminderDatabase database)
{
    private const string Delivered = "'sent', 'digested', 'obsolete', 'cancelled'";

    public async Task<PruneResult> PruneAsync(RetentionOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var unfinished = false;
        async Task<int> Drain(string sql, TimeSpan age)
        {
            var (removed, more) = await DeleteInBatchesAsync(sql, now - age, options, cancellationToken);
            unfinished |= more;
            return removed;
        }

        var delivered = await Drain($"""
            DELETE FROM reminder_deliveries WHERE id IN (
                SELECT id FROM reminder_deliveries WHERE status IN ({Delivered}) AND created_at_ms < @cutoff LIMIT @batch)
            """, options.DeliveredReminders);
        var failed = await Drain("""
            DELETE FROM reminder_deliveries WHERE id IN (
                SELECT id FROM reminder_deliveries WHERE status = 'failed' AND created_at_ms < @cutoff LIMIT @batch)
            """, options.FailedReminders);
        // A transition of a case still open at that step must stay: it is what keeps its alert from being sent twice.
        var transitions = await Drain($"""
            DELETE FROM reminder_transitions WHERE (case_number, step, colour) IN (
                SELECT t.case_number, t.step, t.colour FROM reminder_transitions t
                WHERE t.detected_at_ms < @cutoff
                    AND NOT EXISTS (SELECT 1 FROM cases c
                        WHERE c.number = t.case_number AND c.is_open = {database.Dialect.True} AND c.next_due_step = t.step)
                LIMIT @batch)
            """, options.Transitions);
        // The outer conditions are checked again on the row itself, so a subscription renewed meanwhile stays.
        var subscriptions = await Drain($"""
            DELETE FROM reminder_subscriptions WHERE id IN (
                SELECT s.id FROM reminder_subscriptions s
                WHERE s.is_active = {database.Dialect.False} AND s.updated_at_ms < @cutoff
                    AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.subscription_id = s.id)
                LIMIT @batch)
                AND is_active = {database.Dialect.False} AND updated_at_ms < @cutoff
            """, options.CancelledSubscriptions);
        return new PruneResult(delivered, failed, transitions, subscriptions, unfinished);
    }

    private async Task<(int Removed, bool More)> DeleteInBatchesAsync(string sql, DateTimeOffset cutoff, RetentionOptions options,
        CancellationToken cancellationToken)
    {
        var removed = 0;
        for (var batch = 0; batch < options.MaxBatchesPerRound; batch++)
        {
            var count = await DbAccess.Guard("retention: prune", async () =>
            {
                await using DbConnection connection = await database.OpenAsync(cancellationToken);
                await using var command = DbAccess.Command(connection, null, sql);
                command.AddParameter("cutoff", cutoff.ToUnixTimeMilliseconds());
                command.AddParameter("batch", options.BatchSize);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            });
            removed += count;
            if (count < options.BatchSize)
                return (removed, false);
        }
        return (removed, true);
    }
}
