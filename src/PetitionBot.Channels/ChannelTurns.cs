using PetitionBot.Channels.Delivery;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels;

/// <summary>
/// Runs an inbound activity, read by a channel, through the turn pipeline. With <see cref="ReplyRoute.Outbox"/> the
/// replies are saved with the turn and delivered afterwards through the channel that serves the conversation, so the
/// platform's callback is answered at once; with <see cref="ReplyRoute.Caller"/> they come back in the result.
/// </summary>
public sealed class ChannelTurns(TurnPipeline pipeline, OutboxIndex outboxIndex, OutboxDelivery delivery)
{
    /// <exception cref="StorageUnavailableException">State storage is down: nothing was processed; the caller answers "try later".</exception>
    public async Task<TurnResult> RunAsync(Activity activity, ReplyRoute route, CancellationToken cancellationToken)
    {
        var conversationKey = StateKeys.Conversation(activity);
        // Listed before the turn can queue a reply, so an outbox left by a crash is always found.
        if (route == ReplyRoute.Outbox)
            await outboxIndex.ListAsync(conversationKey, cancellationToken);
        var result = await pipeline.ProcessAsync(activity, route, cancellationToken);
        if (result.OutboxClaimed)
            delivery.Deliver(conversationKey, claimed: true);
        return result;
    }
}
