using System.Collections.Concurrent;
using System.Text.Json;
using PetitionBot.Conversation.State;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.Delivery;

/// <summary>
/// Which conversations may hold undelivered replies, so that any instance — one started after a crash too — finds them.
/// A few shared state documents map conversation keys to when they were listed. A conversation is listed before a turn
/// can queue a reply (so an outbox is never unlisted), relisted when that is old, and unlisted by the sweep only once
/// its outbox was seen empty well after the listing.
/// </summary>
public sealed class OutboxIndex(IStateStorage storage, TimeProvider time)
{
    private const int Shards = 16;
    private const int MaxWriteAttempts = 20;

    /// <summary>A listing younger than this is not written again (a turn takes seconds, not minutes).</summary>
    private static readonly TimeSpan RelistAfter = TimeSpan.FromMinutes(5);

    /// <summary>A listing is removed only when older than this, so that a turn that saw it fresh has saved long before.</summary>
    private static readonly TimeSpan KeepListedFor = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Listings this instance wrote or saw, with their time: within <see cref="RelistAfter"/> a turn needs no shard read,
    /// since nobody unlists before <see cref="KeepListedFor"/>. Every turn of a channel that is not expectReplies lists.
    /// </summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _knownListed = new(StringComparer.Ordinal);

    public async Task ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_knownListed.TryGetValue(conversationKey, out var known) && now - known < RelistAfter)
            return;
        var listedAt = now;
        await ChangeShardAsync(ShardKey(conversationKey), listed =>
        {
            if (listed.TryGetValue(conversationKey, out var at) && now - at < RelistAfter)
            {
                listedAt = at;
                return false;
            }
            listed[conversationKey] = listedAt = now;
            return true;
        }, cancellationToken);
        Remember(conversationKey, listedAt, now);
    }

    private void Remember(string conversationKey, DateTimeOffset listedAt, DateTimeOffset now)
    {
        _knownListed[conversationKey] = listedAt;
        // Bounded: what could no longer spare a read is dropped once the map grows.
        if (_knownListed.Count > 10_000)
            foreach (var (key, at) in _knownListed)
                if (now - at >= RelistAfter)
                    _knownListed.TryRemove(key, out _);
    }

    /// <summary>Removes a conversation whose outbox was just seen empty, if its listing is old enough.</summary>
    public async Task UnlistIfIdleAsync(string conversationKey, CancellationToken cancellationToken) =>
        await ChangeShardAsync(ShardKey(conversationKey), listed =>
            listed.TryGetValue(conversationKey, out var at) && time.GetUtcNow() - at >= KeepListedFor && listed.Remove(conversationKey),
            cancellationToken);

    /// <summary>Every listed conversation key.</summary>
    public async Task<IReadOnlyList<string>> ListedAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([.. Enumerable.Range(0, Shards).Select(ShardKey)], cancellationToken);
        return [.. items.Values.SelectMany(item => Read(item).Keys)];
    }

    private async Task ChangeShardAsync(string shardKey, Func<Dictionary<string, DateTimeOffset>, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var item = await storage.ReadAsync(shardKey, cancellationToken);
            var listed = item is null ? new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal) : Read(item);
            if (!change(listed))
                return;
            try
            {
                await storage.WriteAsync(shardKey, StateWrite.Serialize(new Shard { Conversations = listed }, item, ProtocolJson.Options), cancellationToken);
                return;
            }
            catch (StorageConflictException) when (attempt < MaxWriteAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), time, cancellationToken);
            }
        }
    }

    private static Dictionary<string, DateTimeOffset> Read(StateItem item) =>
        new(item.Deserialize<Shard>(ProtocolJson.Options)?.Conversations ?? [], StringComparer.Ordinal);

    private static string ShardKey(int shard) => $"petitionbot/outbox-index/{shard}";

    private static string ShardKey(string conversationKey) =>
        ShardKey((int)((uint)StableHash(conversationKey) % Shards));

    // string.GetHashCode differs per process; every instance must pick the same shard.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked(hash * 31 + c);
        return hash;
    }

    private sealed class Shard
    {
        public Dictionary<string, DateTimeOffset> Conversations { get; set; } = [];
    }
}
