using PetitionBot.Channels.WeCom.Callback;
using PetitionBot.Channels.WeCom.Inbound;
using PetitionBot.Channels.WeCom.Members;
using PetitionBot.Channels.WeCom.Sending;
using PetitionBot.Chat.Users;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Tests.Inbound;

public sealed class WeComActivitiesTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeSeconds(1765000000);

    private static readonly UserOptions Users = new()
    {
        Users = [new ChatUser { Id = "officer-li", Name = "李明", Role = "officer", Unit = "城关镇信访办", WeComUserId = "LiMing" }],
    };

    private static readonly WeComActivities Activities = new(new WeComMembers(Users), new WeComOptions { AgentId = 1000002 });

    private static WeComMessage Parse(string xml) => WeComMessage.TryParse(xml)!;

    [Fact]
    public void A_text_from_a_listed_member_is_that_users_message_in_their_own_conversation()
    {
        var activity = Activities.From(Parse(Testing.Peers.WeComCallbackClient.TextXml("liming", "本周到期", "123", Created)))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("wecom", activity.ChannelId);
        Assert.Equal("msg-123", activity.Id);
        Assert.Equal("本周到期", activity.Text);
        Assert.Equal("officer-li", activity.From!.Id); // WeCom user ids compare without case
        Assert.Equal("李明", activity.From.Name);
        Assert.Equal("liming", activity.Conversation!.Id);
        Assert.Equal(Created, activity.Timestamp);
    }

    [Fact]
    public void A_member_no_user_names_speaks_as_an_unknown_wecom_account()
    {
        var activity = Activities.From(Parse(Testing.Peers.WeComCallbackClient.TextXml("wangwu", "我的案件", "124", Created)))!;

        Assert.Equal("wecom:wangwu", activity.From!.Id);
        Assert.True(WeComMembers.IsUnknown(activity));
    }

    [Fact]
    public void Opening_the_application_adds_the_member_to_the_conversation()
    {
        var activity = Activities.From(Parse(Testing.Peers.WeComCallbackClient.EnterAgentXml("LiMing", Created)))!;

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal("officer-li", Assert.Single(activity.MembersAdded!).Id);
        Assert.Equal($"enter-{Created.ToUnixTimeSeconds()}", activity.Id);
    }

    [Fact]
    public void A_card_button_posts_the_text_of_the_button_and_is_the_same_activity_when_delivered_again()
    {
        var xml = Testing.Peers.WeComCallbackClient.CardButtonXml("LiMing", WeComButtonKey.Encode("确认")!, "pb-1", Created);

        var first = Activities.From(Parse(xml))!;
        var again = Activities.From(Parse(xml))!;
        var other = Activities.From(Parse(Testing.Peers.WeComCallbackClient.CardButtonXml("LiMing", WeComButtonKey.Encode("修改")!, "pb-1", Created)))!;

        Assert.Equal(ActivityTypes.Message, first.Type);
        Assert.Equal("确认", first.Text);
        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
    }

    [Fact]
    public void A_card_key_that_is_not_ours_and_other_events_run_no_turn()
    {
        Assert.Null(Activities.From(Parse(Testing.Peers.WeComCallbackClient.CardButtonXml("LiMing", "foreign", "t", Created))));
        Assert.Null(Activities.From(Parse("<xml><FromUserName>LiMing</FromUserName><MsgType>event</MsgType><Event>view</Event></xml>")));
    }

    [Fact]
    public async Task The_gate_answers_an_unknown_member_with_whom_to_ask_and_never_runs_the_bot()
    {
        var bot = new RecordingBot();
        var gate = new WeComMemberGate(bot);
        var activity = Activities.From(Parse(Testing.Peers.WeComCallbackClient.TextXml("wangwu", "XF-2026-000001", "125", Created)))!;
        var turn = new TurnContext(activity, new ConversationData(), new UserData(), Created);

        await gate.OnTurnAsync(turn, default);

        Assert.Equal(0, bot.Turns);
        var reply = Assert.Single(turn.Replies);
        Assert.Contains("wangwu", reply.Text);
        Assert.Contains("管理员", reply.Text);
        Assert.Contains("企业微信账号加入用户名单", reply.Text);
    }

    [Fact]
    public async Task The_gate_lets_a_listed_members_turn_through()
    {
        var bot = new RecordingBot();
        var activity = Activities.From(Parse(Testing.Peers.WeComCallbackClient.TextXml("liming", "帮助", "126", Created)))!;

        await new WeComMemberGate(bot).OnTurnAsync(new TurnContext(activity, new ConversationData(), new UserData(), Created), default);

        Assert.Equal(1, bot.Turns);
    }

    private sealed class RecordingBot : IBot
    {
        public int Turns { get; private set; }

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Turns++;
            return Task.CompletedTask;
        }
    }
}
