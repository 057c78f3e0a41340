using PetitionBot.Channels.WeCom.Inbound;
using PetitionBot.Channels.WeCom.Members;
using PetitionBot.Chat.Users;
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

    public void MapInbound(WebApplication app)
    {
        WeComCallbackEndpoint.Map(app, options);
        WarnAboutTheUserList(app);
    }

    /// <summary>Members reach the bot only through WebChat:Users:n:WeComUserId; say so when that cannot work as meant.</summary>
    private static void WarnAboutTheUserList(WebApplication app)
    {
        var users = app.Services.GetRequiredService<UserOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.WeCom");
        if (!users.Users.Any(u => !string.IsNullOrWhiteSpace(u.WeComUserId)))
            logger.LogWarning("WeCom is configured but no user in WebChat:Users has a WeComUserId: every WeCom member is told to ask an administrator.");
        if (WeComMembers.Duplicates(users).Count is > 0 and var count)
            logger.LogWarning("{Count} WeComUserId values are set for more than one user in WebChat:Users; each member is taken for the first such user.", count);
    }

    public bool Serves(ConversationReference reference) => reference.ChannelId == ChannelId;

    public Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        to.Conversation?.Id is { Length: > 0 } userId
            ? sender.SendAsync(userId, activity, cancellationToken)
            : Task.FromResult(SendResult.Refused("the reference names no WeCom member"));

    /// <summary>A sent message cannot be rewritten (only a pressed card, once): the new version arrives as a new message.</summary>
    public Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(to, activity, cancellationToken);
}
