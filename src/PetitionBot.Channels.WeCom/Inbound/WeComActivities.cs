using PetitionBot.Channels.WeCom.Callback;
using PetitionBot.Channels.WeCom.Members;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Inbound;

/// <summary>
/// A decrypted callback as the bot's activity: a text message as a message; the member opening the application
/// (enter_agent) as a conversationUpdate adding them, which the bot greets; a template card button as the message that
/// button would have posted in Web Chat. The conversation is the member's one-to-one chat with the application, named
/// by their UserID. The activity id comes from WeCom's MsgId, or for an event from what WeCom repeats on a retry, so a
/// re-delivered callback is recognised by the turn pipeline and run once.
/// </summary>
public sealed class WeComActivities(WeComMembers members, WeComOptions options)
{
    /// <summary>The activity, or null for a callback the bot does not act on (other events, a key not ours).</summary>
    public Activity? From(WeComMessage message)
    {
        var created = message.CreateTime.ToUnixTimeSeconds();
        if (message.IsText)
            return Activity(message, ActivityTypes.Message, "msg-" + (message.MsgId ?? $"{created}"), message.Content ?? "");
        if (message.IsCardButton)
        {
            if (WeComButtonKey.Decode(message.EventKey) is not { } posts)
                return null;
            return Activity(message, ActivityTypes.Message, $"card-{created}-{message.TaskId}-{StableHash(message.EventKey!)}", posts);
        }
        if (message.IsEnterAgent)
        {
            var activity = Activity(message, ActivityTypes.ConversationUpdate, $"enter-{created}", null);
            activity.MembersAdded = [activity.From!];
            return activity;
        }
        if (message.MsgType is "image" or "voice" or "video" or "file" or "location" or "link")
            // Answered like an empty message: the bot asks for words.
            return Activity(message, ActivityTypes.Message, "msg-" + (message.MsgId ?? $"{created}-{message.MsgType}"), "");
        return null;
    }

    /// <summary>The same on every instance and after a restart, unlike string.GetHashCode.</summary>
    private static string StableHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];

    private Activity Activity(WeComMessage message, string type, string id, string? text) => new()
    {
        Type = type,
        Id = id,
        ChannelId = WeComChannel.ChannelId,
        Timestamp = message.CreateTime,
        Locale = "zh-CN",
        Text = text,
        TextFormat = text is null ? null : "plain",
        From = members.AccountOf(message.FromUserName),
        Recipient = new ChannelAccount { Id = $"{WeComChannel.ChannelId}:{options.AgentId}", Name = "信访工作助手", Role = "bot" },
        Conversation = new ConversationAccount { Id = message.FromUserName, ConversationType = "personal" },
    };
}
