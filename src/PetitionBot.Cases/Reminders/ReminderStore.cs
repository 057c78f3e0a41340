using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// <see cref="IReminderStore"/> over the case database (SQLite or PostgreSQL). Its tables come with the case store's
/// migrations, so open the case store first.
/// </summary>
public sealed class ReminderStore : IReminderStore
{
    private readonly Func<CancellationToken, ValueTask<DbConnection>> _open;
    private readonly Func<ValueTask> _dispose;
    private readonly SqlDialect _dialect;

    private ReminderStore(Func<CancellationToken, ValueTask<DbConnection>> open, Func<ValueTask> dispose, SqlDialect dialect)
    {
        _open = open;
        _dispose = dispose;
        _dialect = dialect;
    }

    public static ReminderStore ForPostgres(string connectionString)
    {
        var dataSource = PostgresDialect.DataSource(connectionString);
        return new ReminderStore(async ct => await dataSource.OpenConnectionAsync(ct), dataSource.DisposeAsync, new PostgresDialect());
    }

    public static ReminderStore ForSqlite(string path)
    {
        var connectionString = SqliteConnections.ConnectionString(path);
        return new ReminderStore(ct => SqliteConnections.OpenAsync(connectionString, ct), () => ValueTask.CompletedTask, new SqliteDialect());
    }

    /// <summary>The store on the same database the case store options point at.</summary>
    public static ReminderStore For(CaseStoreOptions options) =>
        options.UsesPostgres ? ForPostgres(options.PostgresConnectionString!) : ForSqlite(options.SqlitePath);

    public Task<ReminderSubscription> SubscribeAsync(ReminderSubscription s, DateTimeOffset now, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: subscribe", async () =>
        {
            await using var connection = await _open(cancellationToken);
            await using var command = DbAccess.Command(connection, null, $"""
                INSERT INTO reminder_subscriptions (id, channel_id, conversation_id, user_id, user_name, scope, units, officer_id,
                    digest_time, address, is_active, subscribed_at_ms, updated_at_ms)
                VALUES (@id, @channel, @conversation, @user, @name, @scope, @units, @officer, @time, @address, {_dialect.True}, @now, @now)
                ON CONFLICT (channel_id, conversation_id, user_id) DO UPDATE SET
                    user_name = excluded.user_name, scope = excluded.scope, units = excluded.units, officer_id = excluded.officer_id,
                    digest_time = excluded.digest_time, address = excluded.address, updated_at_ms = excluded.updated_at_ms,
                    subscribed_at_ms = CASE WHEN reminder_subscriptions.is_active = {_dialect.True}
                        THEN reminder_subscriptions.subscribed_at_ms ELSE excluded.subscribed_at_ms END,
                    is_active = {_dialect.True}
                RETURNING id, subscribed_at_ms
                """);
            command.AddParameter("id", Guid.NewGuid().ToString("N"));
            command.AddParameter("channel", s.ChannelId);
            command.AddParameter("conversation", s.ConversationId);
            command.AddParameter("user", s.UserId);
            command.AddParameter("name", s.UserName);
            command.AddParameter("scope", s.Scope.ToString());
            command.AddParameter("units", JsonSerializer.Serialize(s.Units));
            command.AddParameter("officer", s.OfficerId);
            command.AddParameter("time", s.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture));
            command.AddParameter("address", s.Address);
            command.AddParameter("now", now.ToUnixTimeMilliseconds());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return s with
            {
                Id = reader.GetString(0),
                IsActive = true,
                SubscribedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            };
        });

    public Task<ReminderSubscription?> FindSubscriptionAsync(string channelId, string conversationId, string userId,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: read", async () =>
    {
        var found = await SubscriptionsAsync("channel_id = @channel AND conversation_id = @conversation AND user_id = @user", c =>
        {
            c.AddParameter("channel", channelId);
            c.AddParameter("conversation", conversationId);
            c.AddParameter("user", userId);
        }, cancellationToken);
        return found.SingleOrDefault();
    });

    public Task<ReminderSubscription?> SubscriptionAsync(string id, CancellationToken cancellationToken) => DbAccess.Guard("reminders: read", async () =>
        (await SubscriptionsAsync("id = @id", c => c.AddParameter("id", id), cancellationToken)).SingleOrDefault());

    public Task<IReadOnlyList<ReminderSubscription>> ActiveSubscriptionsAsync(CancellationToken cancellationToken) => DbAccess.Guard("reminders: read", () =>
        SubscriptionsAsync($"is_active = {_dialect.True}", _ => { }, cancellationToken));

    public Task<bool> UnsubscribeAsync(string channelId, string conversationId, string userId, DateTimeOffset now,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: unsubscribe", async () =>
    {
        await using var connection = await _open(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? id;
        await using (var update = DbAccess.Command(connection, transaction, $"""
            UPDATE reminder_subscriptions SET is_active = (1 = 0), updated_at_ms = @now
            WHERE channel_id = @channel AND conversation_id = @conversation AND user_id = @user AND is_active = {_dialect.True}
            RETURNING id
            """))
        {
            update.AddParameter("now", now.ToUnixTimeMilliseconds());
            update.AddParameter("channel", channelId);
            update.AddParameter("conversation", conversationId);
            update.AddParameter("user", userId);
            id = await update.ExecuteScalarAsync(cancellationToken) as string;
        }
        if (id is null)
            return false;
        await using (var cancel = DbAccess.Command(connection, transaction, """
            UPDATE reminder_deliveries SET status = 'cancelled'
            WHERE subscription_id = @id AND status IN ('pending', 'folded')
            """))
        {
            cancel.AddParameter("id", id);
            await cancel.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    });

    public Task<(int Transitions, int Deliveries)> RecordTransitionsAsync(DateOnly today, DateOnly yellowTo, DateTimeOffset now,
        Func<IReadOnlyList<CaseTransition>, CancellationToken, Task<IReadOnlyList<PlannedDelivery>>> fanOut,
        CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: record transitions", async () =>
        {
            await using var connection = await _open(cancellationToken);
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
                WHERE c.is_open = {_dialect.True} AND c.next_due_date IS NOT NULL AND c.next_due_date <= @yellowTo
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
                    var dueCase = new DueCase(reader.GetString(0), ReminderKeys.ParseStep(reader.GetString(1)), ReadDate(reader, 3),
                        reader.GetString(4), NullableString(reader, 5), NullableString(reader, 6));
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
            $"SELECT MIN(c.next_due_date) FROM cases c WHERE c.is_open = {_dialect.True} AND c.next_due_date IS NOT NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? ToDate(value) : null;
    }

    private async Task<int> InsertDeliveriesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PlannedDelivery> planned,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = DbAccess.Command(connection, transaction, "");
        var rows = _dialect.Rows(command, "rows", new RowSet<PlannedDelivery>(planned)
            .Text("s", p => p.SubscriptionId)
            .Text("k", p => p.Transition.Key)
            .Text("n", p => p.Transition.Case.Number)
            .Text("st", p => ReminderKeys.StepName(p.Transition.Case.Step))
            .Text("c", p => ReminderKeys.ColourName(p.Transition.Colour))
            .Text("status", p => StatusName(p.Status))
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
        await using var connection = await _open(cancellationToken);
        // Every column is in the covering open-case index, so this is an index-only scan.
        await using var command = DbAccess.Command(connection, null, $"""
            SELECT c.number, c.next_due_step, c.next_due_date, c.registering_unit, c.responsible_unit, c.handling_officer
            FROM cases c
            WHERE c.is_open = {_dialect.True} AND c.next_due_date IS NOT NULL AND c.next_due_date <= @yellowTo
                AND c.next_due_step IS NOT NULL
            """);
        command.AddParameter("yellowTo", yellowTo);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            read(new DueCase(reader.GetString(0), ReminderKeys.ParseStep(reader.GetString(1)), ReadDate(reader, 2),
                reader.GetString(3), NullableString(reader, 4), NullableString(reader, 5)));
        return true;
    });

    public Task<IReadOnlyList<ReminderSubscription>> DigestsDueAsync(TimeOnly timeOfDay, string key, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: read", () => SubscriptionsAsync($"""
            is_active = {_dialect.True} AND digest_time <= @time
                AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.subscription_id = reminder_subscriptions.id AND d.reminder_key = @key)
            """, c =>
        {
            // Stored as zero-padded HH:mm, so text order is time order.
            c.AddParameter("time", timeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture));
            c.AddParameter("key", key);
        }, cancellationToken));

    public Task<IReadOnlyList<FoldedReminder>> FoldedAsync(CancellationToken cancellationToken) => DbAccess.Guard("reminders: query", async () =>
    {
        await using var connection = await _open(cancellationToken);
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
            await using var connection = await _open(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var inserted = new HashSet<string>(StringComparer.Ordinal);
            // In subscriber order, so two instances queueing the same digests wait for each other instead of deadlocking.
            var ordered = digests.OrderBy(d => d.SubscriptionId, StringComparer.Ordinal).ToList();
            await using (var insert = DbAccess.Command(connection, transaction, ""))
            {
                var rows = _dialect.Rows(insert, "rows", new RowSet<PlannedDigest>(ordered)
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
                var ids = _dialect.Rows(mark, "ids", new RowSet<long>(digested).Number("id", id => id));
                mark.CommandText = $"UPDATE reminder_deliveries SET status = 'digested' WHERE status = 'folded' AND id IN (SELECT r.id FROM {ids})";
                await mark.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return inserted.Count;
        });

    public Task<IReadOnlyList<ReminderDelivery>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: claim", async () =>
    {
        await using var connection = await _open(cancellationToken);
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
                NullableString(reader, 4),
                NullableString(reader, 5) is { } step ? ReminderKeys.ParseStep(step) : null,
                NullableString(reader, 6) is { } colour ? ReminderKeys.ParseColour(colour) : null,
                NullableString(reader, 7),
                Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
        }
        return (IReadOnlyList<ReminderDelivery>)[.. claimed.OrderBy(d => d.NotBefore).ThenBy(d => d.Id)];
    });

    public Task CompleteAsync(long id, string owner, DeliveryStatus status, DateTimeOffset now, string? error, DateTimeOffset? retryAt,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: complete", async () =>
    {
        await using var connection = await _open(cancellationToken);
        await using var command = DbAccess.Command(connection, null, """
            UPDATE reminder_deliveries SET status = @status, claimed_by = NULL, claimed_until_ms = NULL,
                sent_at_ms = @sent, last_error = @error, not_before_ms = COALESCE(@retry, not_before_ms)
            WHERE id = @id AND claimed_by = @owner
            """);
        command.AddParameter("status", StatusName(status));
        command.AddParameter("sent", status == DeliveryStatus.Sent ? now.ToUnixTimeMilliseconds() : (long?)null);
        command.AddParameter("error", error);
        command.AddParameter("retry", retryAt?.ToUnixTimeMilliseconds());
        command.AddParameter("id", id);
        command.AddParameter("owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(string? subscriptionId, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: query", async () =>
        {
            await using var connection = await _open(cancellationToken);
            await using var command = DbAccess.Command(connection, null, $"""
                SELECT id, subscription_id, reminder_key, kind, status, attempts, not_before_ms, sent_at_ms, last_error
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
                    ParseStatus(reader.GetString(4)),
                    Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
                    reader.IsDBNull(7) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
                    NullableString(reader, 8)));
            }
            return (IReadOnlyList<DeliveryRecord>)records;
        });

    public ValueTask DisposeAsync() => _dispose();

    private async Task<IReadOnlyList<ReminderSubscription>> SubscriptionsAsync(string where, Action<DbCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var command = DbAccess.Command(connection, null, $"""
            SELECT id, channel_id, conversation_id, user_id, user_name, scope, units, officer_id, digest_time, address, is_active,
                subscribed_at_ms
            FROM reminder_subscriptions WHERE {where}
            """);
        bind(command);
        var subscriptions = new List<ReminderSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            subscriptions.Add(new ReminderSubscription
            {
                Id = reader.GetString(0),
                ChannelId = reader.GetString(1),
                ConversationId = reader.GetString(2),
                UserId = reader.GetString(3),
                UserName = NullableString(reader, 4),
                Scope = Enum.Parse<ReminderScope>(reader.GetString(5)),
                Units = JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [],
                OfficerId = NullableString(reader, 7),
                DigestTime = TimeOnly.ParseExact(reader.GetString(8), "HH:mm", CultureInfo.InvariantCulture),
                Address = reader.GetString(9),
                IsActive = Convert.ToBoolean(reader.GetValue(10), CultureInfo.InvariantCulture),
                SubscribedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            });
        }
        return subscriptions;
    }

    private static string StatusName(DeliveryStatus status) => status.ToString().ToLowerInvariant();

    private static DeliveryStatus ParseStatus(string name) => Enum.Parse<DeliveryStatus>(name, ignoreCase: true);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly ReadDate(DbDataReader reader, int ordinal) => ToDate(reader.GetValue(ordinal));

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidDataException($"Unexpected date value {other}."),
    };
}
