using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PetitionBot.DirectLine.Storage;

/// <summary>This process's listeners per conversation; both signal transports deliver through it.</summary>
public sealed class SignalListeners
{
    private readonly ConcurrentDictionary<string, ImmutableList<Action<ConversationSignal>>> _listeners = new(StringComparer.Ordinal);

    public IDisposable Add(string conversationId, Action<ConversationSignal> handler)
    {
        _listeners.AddOrUpdate(conversationId, _ => [handler], (_, list) => list.Add(handler));
        return new Subscription(this, conversationId, handler);
    }

    public void Deliver(ConversationSignal signal)
    {
        if (!_listeners.TryGetValue(signal.ConversationId, out var handlers))
            return;
        foreach (var handler in handlers)
            handler(signal);
    }

    private void Remove(string conversationId, Action<ConversationSignal> handler)
    {
        while (_listeners.TryGetValue(conversationId, out var list))
        {
            var next = list.Remove(handler);
            var done = next.IsEmpty
                ? _listeners.TryRemove(new KeyValuePair<string, ImmutableList<Action<ConversationSignal>>>(conversationId, list))
                : _listeners.TryUpdate(conversationId, next, list);
            if (done)
                return;
        }
    }

    private sealed class Subscription(SignalListeners owner, string conversationId, Action<ConversationSignal> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                owner.Remove(conversationId, handler);
        }
    }
}
