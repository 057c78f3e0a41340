using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// Proactive messages through the channel's Connector API: SendToConversation at the stored serviceUrl with the bot's
/// outbound token, retrying 429/5xx within the client's bounds (honouring Retry-After).
/// </summary>
public sealed class ConnectorProactiveChannel(ConnectorClient connector) : IProactiveChannel
{
    public bool Serves(ConversationReference reference) => !string.IsNullOrEmpty(reference.ServiceUrl);

    public async Task SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = reference.ServiceUrl ?? throw new InvalidOperationException("The conversation reference has no serviceUrl.");
        var conversationId = reference.Conversation?.Id ?? throw new InvalidOperationException("The conversation reference has no conversation id.");
        await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }
}
