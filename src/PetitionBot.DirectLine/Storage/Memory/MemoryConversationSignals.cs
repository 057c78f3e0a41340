namespace PetitionBot.DirectLine.Storage.Memory;

/// <summary>Signals within one process.</summary>
public sealed class MemoryConversationSignals : IConversationSignals
{
    private readonly SignalListeners _listeners = new();

    public Task PublishAsync(ConversationSignal signal, CancellationToken cancellationToken)
    {
        _listeners.Deliver(signal);
        return Task.CompletedTask;
    }

    public Task<IDisposable> ListenAsync(string conversationId, Action<ConversationSignal> handler, CancellationToken cancellationToken) =>
        Task.FromResult(_listeners.Add(conversationId, handler));
}
