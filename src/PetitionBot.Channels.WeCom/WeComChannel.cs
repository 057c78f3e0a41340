using PetitionBot.Channels.WeCom.Inbound;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom;

/// <summary>
/// A WeCom self-built application (企业微信自建应用): members' messages arrive at the encrypted callback URL; replies,
/// reminders and digests leave through message/send to the member (the conversation id is their UserID).
/// </summary>
public sealed class WeComChannel(WeComOptions options, WeComSender sender) : IChannel
{
    public const string ChannelId = "wecom";

    public string Name => "wecom";

    public void MapInbound(WebApplication app) => WeComCallbackEndpoint.Map(app, options);

    public bool Serves(ConversationReference reference) => reference.ChannelId == ChannelId;

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        to.Conversation?.Id is { Length: > 0 } userId
            ? sender.SendAsync(userId, activity, cancellationToken)
            : Task.FromResult(SendResult.Refused("the reference names no WeCom member"));

    /// <summary>A sent message cannot be rewritten (only a pressed card, once): the new version arrives as a new message.</summary>
    public Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(to, activity, cancellationToken);
}
