using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Help;
using PetitionBot.Chat.Routing;
using PetitionBot.Chat.Users;
using PetitionBot.Chat.Visits;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Tests.Routing;

/// <summary>What the bot offers follows what the user may do: staff, who see no case, are never offered case buttons.</summary>
public sealed class MainMenuTests
{
    private static readonly string[] CaseButtons = ["本周到期", "已超期", "我的案件", "查看案件", "受理", "转送", "订阅到期提醒", "我的提醒设置"];

    private static MainMenu MenuOf(params (string Id, string Role, string Unit)[] users)
    {
        var options = new UserOptions { Users = [.. users.Select(u => new ChatUser { Id = u.Id, Role = u.Role, Unit = u.Unit })] };
        return new MainMenu(new CaseAccess(options, new UserDirectory(options)));
    }

    private static readonly MainMenu Office = MenuOf(("officer-a", "officer", "城关镇"), ("supervisor-b", "supervisor", ""), ("staff-c", "staff", "县发改委"));

    private static TurnContext TurnOf(string userId) => new(
        new Activity
        {
            Type = ActivityTypes.Message, Id = "1", Text = "你好", ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c" }, From = new ChannelAccount { Id = userId }, Recipient = new ChannelAccount { Id = "bot" },
        },
        new ConversationData(), new UserData(), DateTimeOffset.Now);

    private static string[] Offered(Activity reply) => [.. reply.SuggestedActions?.Actions.Select(a => a.Title!) ?? []];

    [Theory]
    [InlineData("officer-a")]
    [InlineData("supervisor-b")]
    public void Whoever_sees_cases_is_offered_the_case_lists(string userId)
    {
        var turn = TurnOf(userId);
        Office.Welcome(turn);

        Assert.Contains("本周到期", Offered(turn.Replies.Single()));
        Assert.Contains("查询案件进展", turn.Replies.Single().Text);
        Assert.Equal(["本周到期", "已超期", "我的案件"], Office.CaseListButtonsFor(turn));
    }

    [Fact]
    public void Staff_are_offered_only_what_they_can_do()
    {
        var turn = TurnOf("staff-c");
        Office.Welcome(turn);
        Office.Fallback(turn);
        Office.NoCases(turn);

        Assert.All(turn.Replies, r => Assert.DoesNotContain(Offered(r), CaseButtons.Contains));
        Assert.All(turn.Replies, r => Assert.Contains("问规定", Offered(r)));
        Assert.DoesNotContain("查询案件进展", turn.Replies[0].Text);
        Assert.DoesNotContain("我可以：\n1. 登记来访", turn.Replies[0].Text);
        Assert.DoesNotContain("XF-", turn.Replies[0].Text);
        Assert.Empty(Office.CaseListButtonsFor(turn));
        Assert.Equal(MainMenu.StaffButtons, Office.ButtonsFor("staff-c"));
    }

    [Fact]
    public void A_stranger_signed_in_by_a_proxy_sees_no_case_and_gets_the_staff_menu() =>
        Assert.Equal(MainMenu.StaffButtons, Office.ButtonsFor("someone-else"));

    [Fact]
    public void With_no_users_configured_everyone_gets_the_case_lists() =>
        Assert.Equal(MainMenu.CaseWorkerButtons, MenuOf().ButtonsFor("anyone"));

    [Theory]
    [InlineData("怎么查案件进度")]
    [InlineData("提醒怎么订阅")]
    [InlineData("受理怎么操作")]
    public void A_how_to_about_cases_tells_staff_they_cannot_and_what_they_can(string question)
    {
        var (text, buttons) = HowTo.For(question, seesCases: false)!.Value;
        Assert.Contains("没有查看案件的权限", text);
        Assert.DoesNotContain(buttons, CaseButtons.Contains);

        var (officerText, officerButtons) = HowTo.For(question, seesCases: true)!.Value;
        Assert.DoesNotContain("没有查看案件的权限", officerText);
        Assert.NotEmpty(officerButtons);
    }

    [Fact]
    public void A_how_to_about_logging_a_visit_tells_staff_they_may_not_file_and_whom_to_ask()
    {
        var (staffText, staffButtons) = HowTo.For("怎么登记来访", seesCases: false)!.Value;
        Assert.Equal(CaseFilingPolicy.NotAllowed, staffText);
        Assert.DoesNotContain("登记来访", staffButtons);
        var (officerText, officerButtons) = HowTo.For("怎么登记来访", seesCases: true)!.Value;
        Assert.Contains("一句话说全", officerText);
        Assert.Contains("登记来访", officerButtons);
    }

    [Fact]
    public void Staff_are_not_offered_logging_a_visit() =>
        Assert.DoesNotContain("登记来访", Office.ButtonsFor("staff-c"));
}
