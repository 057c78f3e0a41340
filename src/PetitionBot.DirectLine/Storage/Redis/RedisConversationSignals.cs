using PetitionBot.Conversation.State.Redis;
using StackExchange.Redis;

namespace PetitionBot.DirectLine.Storage.Redis;

/// <summary>
/// Signals over one Redis pub/sub channel shared by every instance. Each instance subscribes once and hands
/// messages to its local listeners; its own publications come back the same way.
/// </summary>
public sealed class RedisConversationSignals(SharedRedis redis) : IConversationSignals
{
    private readonly SignalListeners _listeners = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile bool _subscribed;

    private RedisChannel Channel => RedisChannel.Literal(redis.ChannelKeyPrefix() + "signals");

    public async Task PublishAsync(ConversationSignal signal, CancellationToken cancellationToken)
    {
        var message = signal.Kind == ConversationSignalKind.StreamClaimed
            ? $"C\n{signal.ConversationId}\n{signal.StreamId}"
            : $"A\n{signal.ConversationId}";
        await redis.RunForChannelAsync(c => c.GetSubscriber().PublishAsync(Channel, message), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IDisposable> ListenAsync(string conversationId, Action<ConversationSignal> handler, CancellationToken cancellationToken)
    {
        var subscription = _listeners.Add(conversationId, handler);
        try
        {
            await EnsureSubscribedAsync(cancellationToken).ConfigureAwait(false);
            return subscription;
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
    }

    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
            return;
        await _subscribing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_subscribed)
                return;
            await redis.RunForChannelAsync(c => c.GetSubscriber().SubscribeAsync(Channel, (_, message) => Deliver(message)), cancellationToken)
                .ConfigureAwait(false);
            _subscribed = true;
        }
        finally
        {
            _subscribing.Release();
        }
    }

    private void Deliver(RedisValue message)
    {
        var parts = ((string?)message ?? "").Split('\n');
        if (parts is ["A", var appended])
            _listeners.Deliver(new ConversationSignal(appended, ConversationSignalKind.Appended));
        else if (parts is ["C", var claimed, var streamId])
            _listeners.Deliver(new ConversationSignal(claimed, ConversationSignalKind.StreamClaimed, streamId));
    }
}
