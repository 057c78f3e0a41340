using System.Text.Json;
using PetitionBot.Conversation.State.Redis;
using StackExchange.Redis;

namespace PetitionBot.DirectLine.Storage.Redis;

/// <summary>
/// Activity logs in Redis, shared by all instances: per conversation a string with its info and a list of activity
/// JSON. RPUSH's reply is the new length, so the position is assigned atomically by Redis itself.
/// Both keys share a hash tag (cluster-safe) and expire after the retention since the last append. Each user has a
/// pointer to their latest conversation; it does not expire (one short key per user) and is checked on every read.
/// </summary>
public sealed class RedisActivityLog(SharedRedis redis, DirectLineOptions options) : IActivityLog
{
    // Appends only to a conversation that exists, and slides both expiries.
    private const string AppendScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
        local length = redis.call('RPUSH', KEYS[2], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        return length - 1
        """;

    public async Task<bool> CreateAsync(string conversationId, ConversationInfo info, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(info);
        var created = await redis.RunForChannelAsync(c => c.GetDatabase().StringSetAsync(InfoKey(conversationId), json, options.Retention, When.NotExists), cancellationToken)
            .ConfigureAwait(false);
        if (created)
            await redis.RunForChannelAsync(c => c.GetDatabase().StringSetAsync(UserKey(info.UserId), conversationId), cancellationToken).ConfigureAwait(false);
        return created;
    }

    public async Task<string?> LatestOfUserAsync(string userId, CancellationToken cancellationToken)
    {
        var id = await redis.RunForChannelAsync(c => c.GetDatabase().StringGetAsync(UserKey(userId)), cancellationToken).ConfigureAwait(false);
        return !id.IsNull && await FindAsync(id!, cancellationToken).ConfigureAwait(false) is not null ? (string)id! : null;
    }

    public async Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var json = await redis.RunForChannelAsync(c => c.GetDatabase().StringGetAsync(InfoKey(conversationId)), cancellationToken).ConfigureAwait(false);
        return json.IsNull ? null : JsonSerializer.Deserialize<ConversationInfo>((string)json!);
    }

    public async Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken)
    {
        var result = await redis.RunForChannelAsync(c => c.GetDatabase().ScriptEvaluateAsync(AppendScript,
                [InfoKey(conversationId), LogKey(conversationId)],
                [activityJson, (long)options.Retention.TotalMilliseconds]), cancellationToken)
            .ConfigureAwait(false);
        var index = (long)result;
        return index >= 0 ? index : throw new Conversations.ConversationNotFoundException(conversationId);
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long from, int max, CancellationToken cancellationToken)
    {
        from = Math.Max(0, from);
        var values = await redis.RunForChannelAsync(c => c.GetDatabase().ListRangeAsync(LogKey(conversationId), from, from + max - 1), cancellationToken)
            .ConfigureAwait(false);
        var page = new LoggedActivity[values.Length];
        for (var i = 0; i < values.Length; i++)
            page[i] = new LoggedActivity(from + i, (string)values[i]!);
        return page;
    }

    private RedisKey InfoKey(string conversationId) => $"{redis.ChannelKeyPrefix()}{{{conversationId}}}:info";

    private RedisKey LogKey(string conversationId) => $"{redis.ChannelKeyPrefix()}{{{conversationId}}}:log";

    private RedisKey UserKey(string userId) => $"{redis.ChannelKeyPrefix()}user:{userId}";
}
