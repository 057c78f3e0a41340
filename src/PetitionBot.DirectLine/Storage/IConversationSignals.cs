namespace PetitionBot.DirectLine.Storage;

/// <summary>Tells every instance's open streams about changes, so a stream on one instance sees appends made on another.</summary>
public interface IConversationSignals
{
    Task PublishAsync(ConversationSignal signal, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="handler"/> for each signal of the conversation until the subscription is disposed.
    /// Completes once signals published from now on are sure to arrive.
    /// </summary>
    Task<IDisposable> ListenAsync(string conversationId, Action<ConversationSignal> handler, CancellationToken cancellationToken);
}
