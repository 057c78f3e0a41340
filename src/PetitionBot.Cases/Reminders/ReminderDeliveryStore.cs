using System.Globalization;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>Sending what is queued: claimed row by row with a lease, completed with its outcome, and the send log.</summary>
public sealed class ReminderDeliveryStore(ReminderDatabase database)
{
    public Task<IReadOnlyList<ReminderDelivery>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: claim", async () =>
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The outer WHERE repeats the conditions: PostgreSQL re-checks them on a row another instance just claimed.
        const string claimable = "status = 'pending' AND not_before_ms <= @now AND (claimed_until_ms IS NULL OR claimed_until_ms < @now)";
        await using var command = DbAccess.Command(connection, null, $"""
            UPDATE reminder_deliveries SET claimed_by = @owner, claimed_until_ms = @until, attempts = attempts + 1
            WHERE id IN (SELECT id FROM reminder_deliveries WHERE {claimable} ORDER BY not_before_ms, id LIMIT @limit)
                AND {claimable}
            RETURNING id, subscription_id, reminder_key, kind, case_number, step, colour, payload, attempts, not_before_ms
            """);
        command.AddParameter("owner", owner);
        command.AddParameter("now", now.ToUnixTimeMilliseconds());
        command.AddParameter("until", (now + lease).ToUnixTimeMilliseconds());
        command.AddParameter("limit", limit);
        var claimed = new List<ReminderDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ReminderDelivery(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3) == "digest" ? ReminderKind.Digest : ReminderKind.CaseAlert,
                ReminderColumns.NullableString(reader, 4),
                ReminderColumns.NullableString(reader, 5) is { } step ? ReminderKeys.ParseStep(step) : null,
                ReminderColumns.NullableString(reader, 6) is { } colour ? ReminderKeys.ParseColour(colour) : null,
                ReminderColumns.NullableString(reader, 7),
                Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
        }
        return (IReadOnlyList<ReminderDelivery>)[.. claimed.OrderBy(d => d.NotBefore).ThenBy(d => d.Id)];
    });

    /// <summary>
    /// Extends the lease of every row <paramref name="owner"/> still holds (claimed, not yet completed): the heartbeat of
    /// an instance that is still sending, so the lease can be short and a crashed instance's claims lapse soon.
    /// </summary>
    public Task<int> RenewClaimsAsync(string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: renew claims", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = DbAccess.Command(connection, null,
                "UPDATE reminder_deliveries SET claimed_until_ms = @until WHERE status = 'pending' AND claimed_by = @owner");
            command.AddParameter("until", (now + lease).ToUnixTimeMilliseconds());
            command.AddParameter("owner", owner);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        });

    /// <summary>
    /// Records how attempt <paramref name="attempt"/> ended. An error is appended to the row's attempt log and kept as
    /// its last error; a later success keeps both, so the history of a reminder that finally went out stays visible.
    /// </summary>
    public Task CompleteAsync(long id, string owner, int attempt, DeliveryStatus status, DateTimeOffset now, string? error,
        DateTimeOffset? retryAt, CancellationToken cancellationToken) => DbAccess.Guard("reminders: complete", async () =>
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var line = error is null ? null : AttemptLogLine.Format(attempt, now, error);
        await using var command = DbAccess.Command(connection, null, $"""
            UPDATE reminder_deliveries SET status = @status, claimed_by = NULL, claimed_until_ms = NULL,
                sent_at_ms = @sent, last_error = COALESCE(@error, last_error),
                attempt_log = {(line is null ? "attempt_log" : "COALESCE(attempt_log, '') || @line")},
                not_before_ms = COALESCE(@retry, not_before_ms)
            WHERE id = @id AND claimed_by = @owner
            """);
        command.AddParameter("status", ReminderColumns.StatusName(status));
        command.AddParameter("sent", status == DeliveryStatus.Sent ? now.ToUnixTimeMilliseconds() : (long?)null);
        command.AddParameter("error", error);
        if (line is not null)
            command.AddParameter("line", line);
        command.AddParameter("retry", retryAt?.ToUnixTimeMilliseconds());
        command.AddParameter("id", id);
        command.AddParameter("owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(string? subscriptionId, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: query", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = DbAccess.Command(connection, null, $"""
                SELECT id, subscription_id, reminder_key, kind, status, attempts, not_before_ms, sent_at_ms, last_error, attempt_log
                FROM reminder_deliveries {(subscriptionId is null ? "" : "WHERE subscription_id = @subscription")} ORDER BY id
                """);
            if (subscriptionId is not null)
                command.AddParameter("subscription", subscriptionId);
            var records = new List<DeliveryRecord>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(new DeliveryRecord(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3) == "digest" ? ReminderKind.Digest : ReminderKind.CaseAlert,
                    ReminderColumns.ParseStatus(reader.GetString(4)),
                    Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                    reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    ReminderColumns.NullableString(reader, 8),
                    AttemptLogLine.Parse(ReminderColumns.NullableString(reader, 9))));
            }
            return (IReadOnlyList<DeliveryRecord>)records;
        });

    /// <summary>
    /// The newest rows of the send log, newest first, with their subscriber; <paramref name="before"/> pages on (ids below
    /// it) and <paramref name="status"/> keeps one status. Reads the primary key backwards, so its cost is the page's.
    /// </summary>
    public Task<IReadOnlyList<DeliveryLogEntry>> RecentAsync(int limit, long? before, DeliveryStatus? status, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: query", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var conditions = new List<string>();
            if (before is not null)
                conditions.Add("d.id < @before");
            if (status is not null)
                conditions.Add("d.status = @status");
            await using var command = DbAccess.Command(connection, null, $"""
                SELECT d.id, d.reminder_key, d.kind, d.case_number, d.status, d.attempts, d.created_at_ms, d.not_before_ms,
                    d.sent_at_ms, d.last_error, d.attempt_log, s.channel_id, s.user_id, s.user_name, s.is_active
                FROM reminder_deliveries d JOIN reminder_subscriptions s ON s.id = d.subscription_id
                {(conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions))}
                ORDER BY d.id DESC
                LIMIT @limit
                """);
            if (before is not null)
                command.AddParameter("before", before.Value);
            if (status is not null)
                command.AddParameter("status", ReminderColumns.StatusName(status.Value));
            command.AddParameter("limit", limit);
            var entries = new List<DeliveryLogEntry>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new DeliveryLogEntry(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2) == "digest" ? ReminderKind.Digest : ReminderKind.CaseAlert,
                    ReminderColumns.NullableString(reader, 3),
                    ReminderColumns.ParseStatus(reader.GetString(4)),
                    Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    reader.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                    ReminderColumns.NullableString(reader, 9),
                    AttemptLogLine.Parse(ReminderColumns.NullableString(reader, 10)),
                    reader.GetString(11),
                    reader.GetString(12),
                    ReminderColumns.NullableString(reader, 13),
                    Convert.ToBoolean(reader.GetValue(14), CultureInfo.InvariantCulture)));
            }
            return (IReadOnlyList<DeliveryLogEntry>)entries;
        });
}
