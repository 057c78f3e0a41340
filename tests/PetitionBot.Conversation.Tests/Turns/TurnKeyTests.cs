using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Tests.Turns;

/// <summary>What a turn files is keyed by the turn: the same activity keeps its key, two activities without ids never share one.</summary>
public sealed class TurnKeyTests
{
    private static Activity Message(string? id) => new()
    {
        Type = ActivityTypes.Message, Id = id, ChannelId = "test", Conversation = new ConversationAccount { Id = "c" }, Text = "提交",
    };

    [Fact]
    public void An_activity_with_an_id_always_gets_the_same_key() =>
        Assert.Equal(TurnContext.KeyOf(Message("a1")), TurnContext.KeyOf(Message("a1")));

    [Fact]
    public void Activities_without_ids_get_keys_of_their_own() =>
        Assert.NotEqual(TurnContext.KeyOf(Message(null)), TurnContext.KeyOf(Message(null)));

    [Fact]
    public void A_given_key_is_kept()
    {
        var turn = new TurnContext(Message(null), new ConversationData(), new UserData(), DateTimeOffset.Now, "the-turn");
        Assert.Equal("the-turn", turn.IdempotencyKey);
    }
}
