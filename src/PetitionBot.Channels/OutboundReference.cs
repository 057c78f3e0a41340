using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels;

/// <summary>The conversation an outgoing activity is addressed to, read back from its addressing fields.</summary>
public static class OutboundReference
{
    public static ConversationReference Of(Activity activity) => new()
    {
        ActivityId = activity.ReplyToId,
        User = activity.Recipient,
        Bot = activity.From,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        Locale = activity.Locale,
        ServiceUrl = activity.ServiceUrl,
    };
}
