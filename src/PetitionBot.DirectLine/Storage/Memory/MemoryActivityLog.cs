using System.Collections.Concurrent;

namespace PetitionBot.DirectLine.Storage.Memory;

/// <summary>Activity logs in this process's memory; conversations idle longer than the retention are dropped.</summary>
public sealed class MemoryActivityLog(DirectLineOptions options, TimeProvider time) : IActivityLog
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _latestByUser = new(StringComparer.Ordinal);

    public Task<bool> CreateAsync(string conversationId, ConversationInfo info, CancellationToken cancellationToken)
    {
        RemoveExpired();
        var created = false;
        _conversations.GetOrAdd(conversationId, _ =>
        {
            created = true;
            return new Conversation(info, time.GetUtcNow());
        });
        if (created)
            _latestByUser[info.UserId] = conversationId;
        return Task.FromResult(created);
    }

    public Task<string?> LatestOfUserAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(_latestByUser.TryGetValue(userId, out var id) && Live(id) is not null ? id : null);

    public Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Live(conversationId)?.Info);

    public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken)
    {
        var conversation = Live(conversationId) ?? throw new Conversations.ConversationNotFoundException(conversationId);
        lock (conversation)
        {
            conversation.Entries.Add(activityJson);
            conversation.Touch(time.GetUtcNow());
            return Task.FromResult((long)conversation.Entries.Count - 1);
        }
    }

    public Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long from, int max, CancellationToken cancellationToken)
    {
        var conversation = Live(conversationId) ?? throw new Conversations.ConversationNotFoundException(conversationId);
        lock (conversation)
        {
            var start = (int)Math.Clamp(from, 0, conversation.Entries.Count);
            var count = Math.Min(max, conversation.Entries.Count - start);
            var page = new LoggedActivity[count];
            for (var i = 0; i < count; i++)
                page[i] = new LoggedActivity(start + i, conversation.Entries[start + i]);
            return Task.FromResult<IReadOnlyList<LoggedActivity>>(page);
        }
    }

    private Conversation? Live(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var conversation) && !IsExpired(conversation) ? conversation : null;

    private bool IsExpired(Conversation conversation) => time.GetUtcNow().UtcTicks - conversation.LastUsedTicks > options.Retention.Ticks;

    private void RemoveExpired()
    {
        foreach (var (id, conversation) in _conversations)
        {
            if (IsExpired(conversation))
                _conversations.TryRemove(new KeyValuePair<string, Conversation>(id, conversation));
        }
        foreach (var (user, id) in _latestByUser)
        {
            if (!_conversations.ContainsKey(id))
                _latestByUser.TryRemove(new KeyValuePair<string, string>(user, id));
        }
    }

    private sealed class Conversation(ConversationInfo info, DateTimeOffset now)
    {
        public ConversationInfo Info { get; } = info;
        public List<string> Entries { get; } = [];
        private long _lastUsedTicks = now.UtcTicks;

        public long LastUsedTicks => Interlocked.Read(ref _lastUsedTicks);

        public void Touch(DateTimeOffset at) => Interlocked.Exchange(ref _lastUsedTicks, at.UtcTicks);
    }
}
