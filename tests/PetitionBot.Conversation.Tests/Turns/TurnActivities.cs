using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Tests.Turns;

internal static class TurnActivities
{
    public static Activity Message(string conversationId, string id, string text = "加一") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        Text = text,
        ServiceUrl = "http://127.0.0.1:9/",
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
    };
}
