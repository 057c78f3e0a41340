using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Reminders;

/// <summary>Who gets reminders: subscribing, unsubscribing (cancelling what was not sent yet), and whose digest is due.</summary>
public sealed class ReminderSubscriptionStore(ReminderDatabase database)
{
    public Task<ReminderSubscription> SubscribeAsync(ReminderSubscription s, DateTimeOffset now, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: subscribe", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = DbAccess.Command(connection, null, $"""
                INSERT INTO reminder_subscriptions (id, channel_id, conversation_id, user_id, user_name, scope, units, officer_id,
                    digest_time, address, is_active, subscribed_at_ms, updated_at_ms)
                VALUES (@id, @channel, @conversation, @user, @name, @scope, @units, @officer, @time, @address, {database.Dialect.True}, @now, @now)
                ON CONFLICT (channel_id, conversation_id, user_id) DO UPDATE SET
                    user_name = excluded.user_name, scope = excluded.scope, units = excluded.units, officer_id = excluded.officer_id,
                    digest_time = excluded.digest_time, address = excluded.address, updated_at_ms = excluded.updated_at_ms,
                    subscribed_at_ms = CASE WHEN reminder_subscriptions.is_active = {database.Dialect.True}
                        THEN reminder_subscriptions.subscribed_at_ms ELSE excluded.subscribed_at_ms END,
                    is_active = {database.Dialect.True}
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
        SubscriptionsAsync($"is_active = {database.Dialect.True}", _ => { }, cancellationToken));

    /// <summary>
    /// Narrows an active subscription to units its subscriber may still see (their role or units changed); returns
    /// false when it is no longer active. Reminders already queued are checked against it again when sent.
    /// </summary>
    public Task<bool> NarrowAsync(string id, IReadOnlyList<string> units, DateTimeOffset now, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: narrow", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = DbAccess.Command(connection, null, $"""
                UPDATE reminder_subscriptions SET scope = @scope, units = @units, officer_id = NULL, updated_at_ms = @now
                WHERE id = @id AND is_active = {database.Dialect.True}
                """);
            command.AddParameter("scope", ReminderScope.Units.ToString());
            command.AddParameter("units", JsonSerializer.Serialize(units));
            command.AddParameter("now", now.ToUnixTimeMilliseconds());
            command.AddParameter("id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        });

    public Task<bool> UnsubscribeAsync(string channelId, string conversationId, string userId, DateTimeOffset now,
        CancellationToken cancellationToken) => DbAccess.Guard("reminders: unsubscribe", async () =>
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? id;
        await using (var update = DbAccess.Command(connection, transaction, $"""
            UPDATE reminder_subscriptions SET is_active = (1 = 0), updated_at_ms = @now
            WHERE channel_id = @channel AND conversation_id = @conversation AND user_id = @user AND is_active = {database.Dialect.True}
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

    public Task<IReadOnlyList<ReminderSubscription>> DigestsDueAsync(TimeOnly timeOfDay, string key, CancellationToken cancellationToken) =>
        DbAccess.Guard("reminders: read", () => SubscriptionsAsync($"""
            is_active = {database.Dialect.True} AND digest_time <= @time
                AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.subscription_id = reminder_subscriptions.id AND d.reminder_key = @key)
            """, c =>
        {
            // Stored as zero-padded HH:mm, so text order is time order.
            c.AddParameter("time", timeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture));
            c.AddParameter("key", key);
        }, cancellationToken));

    private async Task<IReadOnlyList<ReminderSubscription>> SubscriptionsAsync(string where, Action<DbCommand> bind,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
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
                UserName = ReminderColumns.NullableString(reader, 4),
                Scope = Enum.Parse<ReminderScope>(reader.GetString(5)),
                Units = JsonSerializer.Deserialize<List<string>>(reader.GetString(6)) ?? [],
                OfficerId = ReminderColumns.NullableString(reader, 7),
                DigestTime = TimeOnly.ParseExact(reader.GetString(8), "HH:mm", CultureInfo.InvariantCulture),
                Address = reader.GetString(9),
                IsActive = Convert.ToBoolean(reader.GetValue(10), CultureInfo.InvariantCulture),
                SubscribedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            });
        }
        return subscriptions;
    }
}
