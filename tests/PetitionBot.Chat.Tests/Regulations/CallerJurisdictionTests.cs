using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Regulations;
using PetitionBot.Chat.Users;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Tests.Regulations;

/// <summary>Whose texts answer a question that names none: the user's configured jurisdiction, else the deployment's.</summary>
public sealed class CallerJurisdictionTests
{
    private static readonly UserOptions Users = new()
    {
        Users = [new ChatUser { Id = "officer-sh", Jurisdiction = "上海市" }, new ChatUser { Id = "officer-plain" }],
    };

    private static TurnContext TurnOf(string userId) => new(
        new Activity { Type = ActivityTypes.Message, Id = "1", ChannelId = "test", Conversation = new ConversationAccount { Id = "c" }, From = new ChannelAccount { Id = userId } },
        new ConversationData(), new UserData(), DateTimeOffset.Now);

    private static string? Of(string userId, string deployment) =>
        new CallerJurisdiction(new RegulationOptions { Jurisdiction = deployment }, new UserDirectory(Users)).Of(TurnOf(userId));

    [Fact]
    public void The_users_own_jurisdiction_comes_first() => Assert.Equal("上海市", Of("officer-sh", "湖南省"));

    [Fact]
    public void Otherwise_the_deployments() => Assert.Equal("湖南省", Of("officer-plain", "湖南省"));

    [Fact]
    public void With_neither_only_the_national_texts_apply() => Assert.Null(Of("someone-else", ""));
}
