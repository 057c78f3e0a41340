using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Delivery;

/// <summary>Sends a turn's replies to the channel's Connector API at the activity's serviceUrl, in order.</summary>
public sealed class ReplyDelivery(ConnectorClient connector, ILogger<ReplyDelivery> logger)
{
    /// <summary>Returns false when a reply could not be delivered (logged); the turn's state is already saved.</summary>
    public async Task<bool> SendAsync(IReadOnlyList<Activity> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            try
            {
                await connector.SendActivityAsync(reply, ct);
            }
            catch (Exception e) when (e is ConnectorException or ConnectorRetriesExhaustedException or HttpRequestException)
            {
                logger.LogError(e, "Could not deliver a reply to conversation {ConversationId} on {ChannelId}", reply.Conversation?.Id, reply.ChannelId);
                return false;
            }
        }
        return true;
    }
}
