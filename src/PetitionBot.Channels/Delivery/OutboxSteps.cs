using PetitionBot.Conversation.Turns;
using PetitionBot.Channels;

namespace PetitionBot.Channels.Delivery;

/// <summary>
/// The changes delivery makes to a conversation's outbox, each applied under compare-and-set: take the oldest reply
/// (claiming the outbox, dropping replies too old to send), remove a sent one, back off after a failure, release on shutdown.
/// </summary>
public sealed class OutboxSteps(MessagesOptions options, TimeProvider time)
{
    /// <summary>Drops replies too old to send, then takes the oldest one (claiming the outbox) unless another holds it.</summary>
    /// <param name="holds">This caller already holds the outbox (its turn claimed it, or it is sending from it).</param>
    public OutboxStep TakeNext(ConversationData conversation, bool holds)
    {
        var now = time.GetUtcNow();
        var outbox = conversation.Outbox;
        if (outbox is null || outbox.Replies.Count == 0)
        {
            conversation.Outbox = null;
            return new OutboxStep(IsEmpty: true, null, []);
        }
        if (!holds && outbox.NextTryAt is { } notBefore && notBefore > now)
            return new OutboxStep(IsEmpty: false, null, []);

        var givenUp = outbox.Replies.TakeWhile(r => now - r.QueuedAt > options.DeliveryGiveUpAfter).ToList();
        if (givenUp.Count > 0)
        {
            outbox.Replies.RemoveRange(0, givenUp.Count);
            outbox.FailedTries = 0;
        }
        if (outbox.Replies.Count == 0)
        {
            conversation.Outbox = null;
            return new OutboxStep(IsEmpty: true, null, givenUp);
        }
        // Renewed only when half spent, so that the first send after a turn's own claim costs no write.
        if (!holds || outbox.NextTryAt is not { } until || until - now < options.DeliveryClaimFor / 2)
            outbox.NextTryAt = now + options.DeliveryClaimFor;
        return new OutboxStep(IsEmpty: false, outbox.Replies[0], givenUp);
    }

    /// <summary>Records a failed send and frees the outbox until the back-off ends; returns the wait (null if the reply is gone).</summary>
    public TimeSpan? BackOff(ConversationData conversation, string replyId)
    {
        var outbox = conversation.Outbox;
        if (outbox is null || outbox.Replies.Count == 0 || outbox.Replies[0].Id != replyId)
            return null;
        outbox.FailedTries++;
        var exponential = options.DeliveryRetryFirst * Math.Pow(2, Math.Min(outbox.FailedTries - 1, 20));
        var wait = exponential < options.DeliveryRetryMax ? exponential : options.DeliveryRetryMax;
        outbox.NextTryAt = time.GetUtcNow() + wait;
        return wait;
    }

    /// <summary>Removes a reply the channel took (or refused for good); keeps the claim while replies remain.</summary>
    public bool Remove(ConversationData conversation, string replyId)
    {
        var outbox = conversation.Outbox;
        if (outbox is null)
            return false;
        var removed = outbox.Replies.RemoveAll(r => r.Id == replyId) > 0;
        if (removed)
            outbox.FailedTries = 0;
        if (outbox.Replies.Count == 0)
            conversation.Outbox = null;
        else
            outbox.NextTryAt = time.GetUtcNow() + options.DeliveryClaimFor;
        return removed;
    }

    /// <summary>Frees the outbox for anyone at once (this instance is stopping).</summary>
    public bool Release(ConversationData conversation)
    {
        if (conversation.Outbox is not { } outbox)
            return false;
        outbox.NextTryAt = null;
        return true;
    }
}
