using PetitionBot.Conversation.State.Redis;
using StackExchange.Redis;

namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// Counts in Redis, shared by every instance. A key's failures, its count of locks and its lock are three Redis keys
/// under one hash tag; a Lua script counts a failure and starts a lock in one atomic step, so two instances taking
/// the limit's last failure at once start one lock, not two. An outage throws <see cref="Conversation.State.StorageUnavailableException"/>.
/// </summary>
public sealed class RedisSignInAttemptStore(SharedRedis redis) : ISignInAttemptStore
{
    // KEYS: failures, locks, lock. ARGV: max failures, window ms, lock ms, max lock ms, repeat memory ms.
    // Returns {failures, lock ms in force (0 = none), 1 when this call started it}.
    private const string RecordFailureScript = """
        local locked = redis.call('PTTL', KEYS[3])
        if locked > 0 then return {0, locked, 0} end
        local failures = redis.call('INCR', KEYS[1])
        if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        if failures < tonumber(ARGV[1]) then return {failures, 0, 0} end
        redis.call('DEL', KEYS[1])
        local locks = redis.call('INCR', KEYS[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        local length = tonumber(ARGV[3])
        local longest = tonumber(ARGV[4])
        for i = 2, locks do
          if length >= longest then break end
          length = length * 2
        end
        if length > longest then length = longest end
        length = math.floor(length)
        redis.call('SET', KEYS[3], '1', 'PX', length)
        return {failures, length, 1}
        """;

    public async Task<TimeSpan?> LockedForAsync(string key, CancellationToken cancellationToken)
    {
        var ttl = await redis.RunAsync(c => c.GetDatabase().KeyTimeToLiveAsync(LockKey(key)), cancellationToken).ConfigureAwait(false);
        return ttl > TimeSpan.Zero ? ttl : null;
    }

    public async Task<SignInFailureCount> RecordFailureAsync(string key, SignInLockRule rule, CancellationToken cancellationToken)
    {
        RedisKey[] keys = [FailuresKey(key), LocksKey(key), LockKey(key)];
        RedisValue[] arguments =
        [
            rule.MaxFailures, Milliseconds(rule.Window), Milliseconds(rule.LockDuration), Milliseconds(rule.MaxLockDuration),
            Milliseconds(SignInLimitOptions.RepeatMemory),
        ];
        var reply = await redis.RunAsync(c => c.GetDatabase().ScriptEvaluateAsync(RecordFailureScript, keys, arguments), cancellationToken)
            .ConfigureAwait(false);
        var values = (RedisResult[])reply!;
        var lockedFor = (long)values[1];
        return new SignInFailureCount((long)values[0], lockedFor > 0 ? TimeSpan.FromMilliseconds(lockedFor) : null, (long)values[2] == 1);
    }

    public Task ClearFailuresAsync(string key, CancellationToken cancellationToken) =>
        redis.RunAsync(c => c.GetDatabase().KeyDeleteAsync(FailuresKey(key)), cancellationToken);

    private static long Milliseconds(TimeSpan span) => Math.Max(1, (long)span.TotalMilliseconds);

    private string FailuresKey(string key) => $"{redis.KeyPrefix}signin:{{{key}}}:failures";

    private string LocksKey(string key) => $"{redis.KeyPrefix}signin:{{{key}}}:locks";

    private string LockKey(string key) => $"{redis.KeyPrefix}signin:{{{key}}}:lock";
}
