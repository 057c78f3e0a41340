using PetitionBot.Protocol.Schema;

namespace PetitionBot.Testing.Transcripts;

/// <summary>The activities a test user sends, addressed as a channel would address them.</summary>
public static class TestActivities
{
    public static Activity Join(string userId) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount { Id = "bot" }, new ChannelAccount { Id = userId, Name = "测试用户" }],
    };

    public static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>Fills what the channel would have set and the test left empty; replies come back in the response.</summary>
    public static Activity Addressed(Activity activity, string id, string conversationId, string userId, string channelId, DateTimeOffset? localTime)
    {
        activity.Id ??= id;
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= "http://127.0.0.1:9/unused";
        activity.From ??= new ChannelAccount { Id = userId, Name = "测试用户", Role = "user" };
        activity.Recipient ??= new ChannelAccount { Id = "bot", Name = "信访工作助手", Role = "bot" };
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        activity.LocalTimestamp ??= localTime;
        activity.DeliveryMode ??= DeliveryModes.ExpectReplies;
        return activity;
    }
}
