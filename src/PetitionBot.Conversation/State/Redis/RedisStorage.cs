using System.Globalization;
using StackExchange.Redis;

namespace PetitionBot.Conversation.State.Redis;

/// <summary>
/// State storage in Redis, shared by every bot instance. Each key is a hash {doc, etag}; reads and writes
/// are Lua scripts (one round trip per batch) so compare-and-set is atomic and reads refresh the sliding TTL.
/// Runs over the process's <see cref="SharedRedis"/> (which owns the connection); while Redis is down every call
/// throws <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class RedisStorage : IStateStorage
{
    private static readonly RedisValue Always = "always";
    private static readonly RedisValue Match = "match";
    private static readonly RedisValue Absent = "absent";

    private readonly RedisScript _read = new(StateScripts.Read);
    private readonly RedisScript _write = new(StateScripts.Write);
    private readonly SharedRedis _redis;
    private readonly RedisValue _ttlMilliseconds;

    public RedisStorage(SharedRedis redis, RedisStorageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        if (options?.SlidingTtl is { } ttl && ttl < TimeSpan.FromMilliseconds(1))
            throw new ArgumentOutOfRangeException(nameof(options), "SlidingTtl must be at least one millisecond.");
        _redis = redis;
        _ttlMilliseconds = (long)(options?.SlidingTtl?.TotalMilliseconds ?? 0);
    }

    public async Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = keys.Distinct(StringComparer.Ordinal).ToArray();
        var redisKeys = names.Select(ToRedisKey).ToArray();
        var result = new Dictionary<string, StateItem>(names.Length, StringComparer.Ordinal);
        if (names.Length == 0)
            return result;

        var reply = await RunAsync(db => _read.EvaluateAsync(db, redisKeys, [_ttlMilliseconds]), cancellationToken).ConfigureAwait(false);
        var items = (RedisResult[])reply!;
        for (var i = 0; i < names.Length; i++)
        {
            if (items[i].IsNull)
                continue;
            var pair = (RedisResult[])items[i]!;
            result[names[i]] = new StateItem((byte[])pair[0]!, (string)pair[1]!);
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StateWrite> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0)
            return written;

        var names = new string[changes.Count];
        var newETags = new string[changes.Count];
        var redisKeys = new RedisKey[changes.Count];
        var arguments = new RedisValue[1 + 4 * changes.Count];
        arguments[0] = _ttlMilliseconds;
        var i = 0;
        foreach (var (key, write) in changes)
        {
            ArgumentNullException.ThrowIfNull(write);
            names[i] = key;
            redisKeys[i] = ToRedisKey(key);
            newETags[i] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            var at = 1 + 4 * i;
            arguments[at] = write.Condition switch
            {
                StateWriteCondition.IfMatch => Match,
                StateWriteCondition.IfAbsent => Absent,
                _ => Always,
            };
            arguments[at + 1] = write.ExpectedETag ?? "";
            arguments[at + 2] = newETags[i];
            arguments[at + 3] = write.Json;
            i++;
        }

        var reply = await RunAsync(db => _write.EvaluateAsync(db, redisKeys, arguments), cancellationToken).ConfigureAwait(false);
        var outcomes = (RedisResult[])reply!;
        List<string>? conflicts = null;
        for (i = 0; i < names.Length; i++)
        {
            if ((long)outcomes[i] == 1)
                written[names[i]] = newETags[i];
            else
                (conflicts ??= []).Add(names[i]);
        }
        if (conflicts is not null)
            throw new StorageConflictException(conflicts);
        return written;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var redisKeys = keys.Select(ToRedisKey).ToArray();
        if (redisKeys.Length == 0)
            return;
        await RunAsync(db => db.KeyDeleteAsync(redisKeys), cancellationToken).ConfigureAwait(false);
    }

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken) =>
        RunAsync(db => db.PingAsync(), cancellationToken);

    private RedisKey ToRedisKey(string key)
    {
        StateKey.EnsureValid(key);
        return _redis.KeyPrefix + key;
    }

    private Task<T> RunAsync<T>(Func<IDatabaseAsync, Task<T>> call, CancellationToken cancellationToken) =>
        _redis.RunAsync(connection => call(connection.GetDatabase()), cancellationToken);
}
