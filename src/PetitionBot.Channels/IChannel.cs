using Microsoft.AspNetCore.Builder;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels;

/// <summary>
/// A chat platform the bot is reached through. Inbound, it maps the platform's callback endpoints, authenticates each
/// call, reads the platform's message into an <see cref="Activity"/> and runs it through <see cref="ChannelTurns"/>.
/// Outbound, it puts the bot's activities into the platform's conversations: replies a turn left in the outbox,
/// updates of a message it sent, and proactive messages (reminders). Register one with
/// <see cref="ChannelServices.AddChannel{TChannel}"/>. Inbound handlers take <see cref="ChannelTurns"/> as an endpoint
/// parameter, not in the channel's constructor: delivery depends on the channels, so the reverse would be a cycle.
/// </summary>
public interface IChannel
{
    /// <summary>A short name for logs and configuration, e.g. "botframework", "webchat".</summary>
    string Name { get; }

    /// <summary>Maps the platform's inbound endpoints (and any middleware they need, e.g. WebSockets).</summary>
    void MapInbound(WebApplication app);

    /// <summary>True when this channel delivers to the conversation <paramref name="reference"/> points at.</summary>
    bool Serves(ConversationReference reference);

    /// <summary>Sends an activity addressed to one of this channel's conversations (a reply when it has replyToId).</summary>
    Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message this bot sent earlier (activity.id names it); channels without edits send it anew.</summary>
    Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);
}
