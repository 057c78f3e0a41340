namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>Counts in this process, for a single instance without Redis. Expired entries are swept as it grows.</summary>
public sealed class MemorySignInAttemptStore(TimeProvider time) : ISignInAttemptStore
{
    private const int SweepAbove = 10_000;

    private sealed class Entry
    {
        public long Failures;
        public DateTimeOffset FailuresExpire;
        public long Locks;
        public DateTimeOffset LocksExpire;
        public DateTimeOffset LockedUntil;

        public bool IsEmptyAt(DateTimeOffset now) => FailuresExpire <= now && LocksExpire <= now && LockedUntil <= now;
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<TimeSpan?> LockedForAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_lock)
            return Task.FromResult(_entries.TryGetValue(key, out var entry) && entry.LockedUntil > now ? entry.LockedUntil - now : (TimeSpan?)null);
    }

    public Task<SignInFailureCount> RecordFailureAsync(string key, SignInLockRule rule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                if (_entries.Count >= SweepAbove)
                    Sweep(now);
                _entries[key] = entry = new Entry();
            }
            if (entry.LockedUntil > now)
                return Task.FromResult(new SignInFailureCount(0, entry.LockedUntil - now, LockStarted: false));
            if (entry.FailuresExpire <= now)
            {
                entry.Failures = 0;
                entry.FailuresExpire = now + rule.Window;
            }
            if (entry.LocksExpire <= now)
                entry.Locks = 0;
            var failures = ++entry.Failures;
            if (failures < rule.MaxFailures)
                return Task.FromResult(new SignInFailureCount(failures, null, LockStarted: false));

            entry.Failures = 0;
            entry.FailuresExpire = now;
            entry.Locks++;
            entry.LocksExpire = now + SignInLimitOptions.RepeatMemory;
            var length = rule.LockLength(entry.Locks);
            entry.LockedUntil = now + length;
            return Task.FromResult(new SignInFailureCount(failures, length, LockStarted: true));
        }
    }

    public Task ClearFailuresAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry))
                entry.Failures = 0;
        }
        return Task.CompletedTask;
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries.ToList())
        {
            if (entry.IsEmptyAt(now))
                _entries.Remove(key);
        }
    }
}
