using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace PetitionBot.Conversation.State.Memory;

/// <summary>
/// In-process state storage, the default for a single instance. Compare-and-set is atomic per key;
/// with a sliding TTL, idle items are dropped on access and swept out by later writes.
/// </summary>
public sealed class MemoryStorage : IStateStorage
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly long _ttlTicks;
    private long _lastETag;
    private long _nextSweepTicks;

    public MemoryStorage(MemoryStorageOptions? options = null, TimeProvider? timeProvider = null)
    {
        var ttl = options?.SlidingTtl;
        if (ttl is { } t && t <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "SlidingTtl must be positive.");
        _ttlTicks = ttl?.Ticks ?? 0;
        _time = timeProvider ?? TimeProvider.System;
        _nextSweepTicks = Now + _ttlTicks;
    }

    /// <summary>Items held right now, including expired ones not yet swept.</summary>
    public int Count => _entries.Count;

    private long Now => _time.GetUtcNow().UtcTicks;

    public Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now;
        var result = new Dictionary<string, StateItem>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            StateKey.EnsureValid(key);
            if (TryGetLive(key, now, out var entry))
            {
                Volatile.Write(ref entry.TouchedTicks, now);
                result[key] = new StateItem(entry.Json, entry.ETag);
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StateItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StateWrite> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now;
        SweepIfDue(now);
        var written = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        List<string>? conflicts = null;
        foreach (var (key, write) in changes)
        {
            StateKey.EnsureValid(key);
            ArgumentNullException.ThrowIfNull(write);
            if (TryWrite(key, write, now) is { } etag)
                written[key] = etag;
            else
                (conflicts ??= []).Add(key);
        }
        if (conflicts is not null)
            throw new StorageConflictException(conflicts);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(written);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            StateKey.EnsureValid(key);
            _entries.TryRemove(key, out _);
        }
        return Task.CompletedTask;
    }

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken) => Task.FromResult(TimeSpan.Zero);

    /// <summary>Returns the new ETag, or null when the condition does not hold.</summary>
    private string? TryWrite(string key, StateWrite write, long now)
    {
        // The caller's buffer may be reused after the call, so keep a private copy.
        var json = write.Json.ToArray();
        while (true)
        {
            var exists = TryGetLive(key, now, out var current);
            var allowed = write.Condition switch
            {
                StateWriteCondition.IfMatch => exists && current!.ETag == write.ExpectedETag,
                StateWriteCondition.IfAbsent => !exists,
                _ => true,
            };
            if (!allowed)
                return null;

            var replacement = new Entry(json, NextETag(), now);
            // An expired entry still sitting in the map is replaced like a missing one.
            var stored = current is null
                ? _entries.TryAdd(key, replacement)
                : _entries.TryUpdate(key, replacement, current);
            if (stored)
                return replacement.ETag;
            // Another writer got in between our check and our swap; decide again on what is there now.
        }
    }

    /// <summary>Finds the entry for a key; <paramref name="entry"/> is set even when expired so it can be swapped.</summary>
    private bool TryGetLive(string key, long now, [NotNullWhen(true)] out Entry? entry)
    {
        if (!_entries.TryGetValue(key, out entry))
            return false;
        return !IsExpired(entry, now);
    }

    private bool IsExpired(Entry entry, long now) =>
        _ttlTicks > 0 && now - Volatile.Read(ref entry.TouchedTicks) >= _ttlTicks;

    private void SweepIfDue(long now)
    {
        if (_ttlTicks == 0)
            return;
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + _ttlTicks, due) != due)
            return;
        foreach (var pair in _entries)
        {
            if (IsExpired(pair.Value, now))
                _entries.TryRemove(pair); // removes only if no one replaced it meanwhile
        }
    }

    private string NextETag() => Interlocked.Increment(ref _lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Entry(byte[] json, string etag, long touchedTicks)
    {
        public readonly byte[] Json = json;
        public readonly string ETag = etag;
        public long TouchedTicks = touchedTicks;
    }
}
