using System.Data.Common;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// What to remind of: the per-case yellow/red transitions already seen, and queuing each reminder or digest once, as
/// one row under a unique key created in the same transaction that records the transition, so two instances sharing
/// the database never both queue it.
/// </summary>
public sealed class ReminderScheduleStore(ReminderDatabase database)
{
    public Task<(int Transitions, int Deliveries)> RecordTransitionsAsync(DateOnly today, DateOnly yellowTo, DateTimeOffset now,
        Func<IReadOnlyList<CaseTransition>, CancellationToken, Task<IReadOnlyList<PlannedDelivery>>> fanOut,
        CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: record transitions", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Transitions due before the oldest open case's due date are history of closed cases; the check starts
            // there, so it does not grow with the years. Whatever it skips is still refused by ON CONFLICT.
            if (await OldestOpenDueDateAsync(connection, transaction, cancellationToken) is not { } oldestDue)
                return (0, 0);
            var transitions = new List<CaseTransition>();
            // "Seen before?" also matches the due date, so it is a merge of the covering open-case index and the
            // transitions' index in (due date, number) order rather than a hash of every transition ever recorded; a case
            // whose due date moved at the same stage and colour is still refused by ON CONFLICT. The ORDER BY is that
            // index's order, so it costs nothing, and instances racing on the same new rows take them in the same order.
            const string colour = "CASE WHEN c.next_due_date < @today THEN 'red' ELSE 'yellow' END";
            await using (var insert = DbAccess.Command(connection, transaction, $"""
                INSERT INTO reminder_transitions (case_number, step, colour, due_date, registering_unit, responsible_unit,
                    handling_officer, detected_at_ms)
                SELECT c.number, c.next_due_step, {colour}, c.next_due_date, c.registering_unit, c.responsible_unit,
                    c.handling_officer, @now
                FROM cases c
                WHERE c.is_open = {database.Dialect.True} AND c.next_due_date IS NOT NULL AND c.next_due_date <= @yellowTo
                    AND c.next_due_step IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM reminder_transitions t
                        WHERE t.due_date = c.next_due_date AND t.case_number = c.number AND t.step = c.next_due_step
                            AND t.colour = {colour} AND t.due_date >= @oldestDue)
                ORDER BY c.next_due_date, c.number
                ON CONFLICT (case_number, step, colour) DO NOTHING
                RETURNING case_number, step, colour, due_date, registering_unit, responsible_unit, handling_officer
                """))
            {
                insert.AddParameter("today", today);
                insert.AddParameter("yellowTo", yellowTo);
                insert.AddParameter("oldestDue", oldestDue);
                insert.AddParameter("now", now.ToUnixTimeMilliseconds());
                await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var dueCase = new DueCase(reader.GetString(0), ReminderKeys.ParseStep(reader.GetString(1)), ReminderColumns.ReadDate(reader, 3),
                        reader.GetString(4), ReminderColumns.NullableString(reader, 5), ReminderColumns.NullableString(reader, 6));
                    transitions.Add(new CaseTransition(dueCase, ReminderKeys.ParseColour(reader.GetString(2))));
                }
            }
            var planned = transitions.Count == 0 ? [] : await fanOut(transitions, cancellationToken);
            var queued = planned.Count == 0 ? 0 : await InsertDeliveriesAsync(connection, transaction, planned, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (transitions.Count, queued);
        });

    private async Task<DateOnly?> OldestOpenDueDateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = DbAccess.Command(connection, transaction,
            $"SELECT MIN(c.next_due_date) FROM cases c WHERE c.is_open = {database.Dialect.True} AND c.next_due_date IS NOT NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? ReminderColumns.ToDate(value) : null;
    }

    private async Task<int> InsertDeliveriesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PlannedDelivery> planned,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = DbAccess.Command(connection, transaction, "");
        var rows = database.Dialect.Rows(command, "rows", new RowSet<PlannedDelivery>(planned)
            .Text("s", p => p.SubscriptionId)
            .Text("k", p => p.Transition.Key)
            .Text("n", p => p.Transition.Case.Number)
            .Text("st", p => ReminderKeys.StepName(p.Transition.Case.Step))
            .Text("c", p => ReminderKeys.ColourName(p.Transition.Colour))
            .Text("status", p => ReminderColumns.StatusName(p.Status))
            .Number("nb", p => p.NotBefore.ToUnixTimeMilliseconds()));
        // The WHERE lets SQLite tell the upsert's ON CONFLICT from a join's ON.
        command.CommandText = $"""
            INSERT INTO reminder_deliveries (subscription_id, reminder_key, kind, case_number, step, colour, status, attempts,
                not_before_ms, created_at_ms)
            SELECT r.s, r.k, 'case-alert', r.n, r.st, r.c, r.status, 0, r.nb, @now
            FROM {rows}
            WHERE 1 = 1
            ON CONFLICT (subscription_id, reminder_key) DO NOTHING
            """;
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task ReadDueCasesAsync(DateOnly yellowTo, Action<DueCase> read, CancellationToken cancellationToken) => DbAccess.Guard("reminders: query", async () =>
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Every column is in the covering open-case index, so this is an index-only scan.
        await using var command = DbAccess.Command(connection, null, $"""
            SELECT c.number, c.next_due_step, c.next_due_date, c.registering_unit, c.responsible_unit, c.handling_officer
            FROM cases c
            WHERE c.is_open = {database.Dialect.True} AND c.next_due_date IS NOT NULL AND c.next_due_date <= @yellowTo
                AND c.next_due_step IS NOT NULL
            """);
        command.AddParameter("yellowTo", yellowTo);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            read(new DueCase(reader.GetString(0), ReminderKeys.ParseStep(reader.GetString(1)), ReminderColumns.ReadDate(reader, 2),
                reader.GetString(3), ReminderColumns.NullableString(reader, 4), ReminderColumns.NullableString(reader, 5)));
        return true;
    });

    public Task<IReadOnlyList<FoldedReminder>> FoldedAsync(CancellationToken cancellationToken) => DbAccess.Guard("reminders: query", async () =>
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = DbAccess.Command(connection, null,
            "SELECT id, subscription_id, case_number, colour FROM reminder_deliveries WHERE status = 'folded'");
        var folded = new List<FoldedReminder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            folded.Add(new FoldedReminder(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), ReminderKeys.ParseColour(reader.GetString(3))));
        return (IReadOnlyList<FoldedReminder>)folded;
    });

    public Task<int> QueueDigestsAsync(IReadOnlyList<PlannedDigest> digests, DateTimeOffset now, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: queue digests", async () =>
        {
            if (digests.Count == 0)
                return 0;
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var inserted = new HashSet<string>(StringComparer.Ordinal);
            // In subscriber order, so two instances queueing the same digests wait for each other instead of deadlocking.
            var ordered = digests.OrderBy(d => d.SubscriptionId, StringComparer.Ordinal).ToList();
            await using (var insert = DbAccess.Command(connection, transaction, ""))
            {
                var rows = database.Dialect.Rows(insert, "rows", new RowSet<PlannedDigest>(ordered)
                    .Text("s", d => d.SubscriptionId)
                    .Text("k", d => ReminderKeys.Digest(d.Day))
                    .Text("p", d => d.Payload)
                    .Number("nb", d => d.NotBefore.ToUnixTimeMilliseconds()));
                // The WHERE lets SQLite tell the upsert's ON CONFLICT from a join's ON.
                insert.CommandText = $"""
                    INSERT INTO reminder_deliveries (subscription_id, reminder_key, kind, payload, status, attempts, not_before_ms, created_at_ms)
                    SELECT r.s, r.k, 'digest', r.p, 'pending', 0, r.nb, @now
                    FROM {rows}
                    WHERE 1 = 1
                    ON CONFLICT (subscription_id, reminder_key) DO NOTHING
                    RETURNING subscription_id
                    """;
                insert.AddParameter("now", now.ToUnixTimeMilliseconds());
                await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    inserted.Add(reader.GetString(0));
            }
            // What a digest reports is marked with it; a digest another instance queued first marks its own.
            var digested = digests.Where(d => inserted.Contains(d.SubscriptionId)).SelectMany(d => d.FoldedIds).ToList();
            if (digested.Count > 0)
            {
                await using var mark = DbAccess.Command(connection, transaction, "");
                var ids = database.Dialect.Rows(mark, "ids", new RowSet<long>(digested).Number("id", id => id));
                mark.CommandText = $"UPDATE reminder_deliveries SET status = 'digested' WHERE status = 'folded' AND id IN (SELECT r.id FROM {ids})";
                await mark.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return inserted.Count;
        });
}
