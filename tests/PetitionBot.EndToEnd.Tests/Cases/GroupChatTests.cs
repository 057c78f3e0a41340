using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>
/// In a group chat a form belongs to the member who started it: another member's answers change nothing, and the
/// case history records the one who started it.
/// </summary>
public sealed class GroupChatTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");
    private BotHostProcess _host = null!;
    private readonly string _group = $"group-{Guid.NewGuid():N}";

    public async Task InitializeAsync() => _host = await UnitUsersHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>One member speaking in the shared group conversation.</summary>
    private async Task<string> SayAsync(string user, string text)
    {
        var member = new BotConversation(_host.Client, _group, userId: user) { LocalTime = Wednesday };
        var replies = await member.SendAsync(new Activity
        {
            Id = Guid.NewGuid().ToString("N"), Type = ActivityTypes.Message, Text = text,
            From = new ChannelAccount { Id = user, Name = user == "officer-a" ? "张卫国" : "王强", Role = "user" },
            Conversation = new ConversationAccount { Id = _group, IsGroup = true },
        });
        return string.Join("\n", replies.Select(r => r.Text));
    }

    [Fact]
    public async Task Another_member_cannot_answer_or_submit_a_visit_form_someone_else_started()
    {
        Assert.Contains("信访形式", await SayAsync("officer-a", "登记来访 韩志强 13855556666 昨天下午三点 6人 反映拖欠工资 属地城关镇"));

        var intruded = await SayAsync("staff-x", "走访");
        Assert.Contains("这一步由发起人张**继续", intruded);
        Assert.Contains("帮助", intruded);

        // The form still asks the starter the same question.
        Assert.Contains("内容分类", await SayAsync("officer-a", "走访"));
        Assert.Contains("这一步由发起人", await SayAsync("staff-x", "劳动社保"));
        Assert.Contains("请核对", await SayAsync("officer-a", "劳动社保"));
        var submitByOther = await SayAsync("staff-x", "提交");
        Assert.Contains("这一步由发起人", submitByOther);
        Assert.DoesNotContain("已登记", submitByOther);
        Assert.Matches(@"已登记：XF-\d{4}-\d{6}", await SayAsync("officer-a", "提交"));
    }

    [Fact]
    public async Task The_advisors_follow_up_question_waits_for_the_member_who_asked()
    {
        var question = await SayAsync("officer-a", "按中央办法，一名科长对信访部门提出的改进工作建议重视不够、落实不力，导致问题长期得不到解决，怎么处理？");
        Assert.Contains("还差：", question);

        // Another member's tap is their own message, not the answer to someone else's question.
        Assert.DoesNotContain("结论：", await SayAsync("staff-x", "情节较轻"));

        var answer = await SayAsync("officer-a", "情节较轻");
        Assert.StartsWith("结论：", answer);
        Assert.Contains("通报", answer);
    }

    [Fact]
    public async Task Another_member_cannot_complete_a_case_action_and_the_history_names_the_starter()
    {
        await SayAsync("officer-a", "登记来访 韩志强 13855556666 昨天下午三点 1人 反映拖欠工资 属地城关镇");
        await SayAsync("officer-a", "走访");
        await SayAsync("officer-a", "劳动社保");
        var number = Regex.Match(await SayAsync("officer-a", "提交"), @"XF-\d{4}-\d{6}").Value;
        Assert.Contains("已受理", await SayAsync("officer-a", $"{number} 受理"));

        var asked = await SayAsync("officer-a", "办结");
        Assert.DoesNotContain("已办结", asked);
        foreach (var answer in new[] { "支持", "跳过", "提交" })
        {
            var reply = await SayAsync("staff-x", answer);
            Assert.Contains("这一步由发起人", reply);
            Assert.DoesNotContain("已办结", reply);
        }
        Assert.Contains("办理中", await SayAsync("officer-a", $"{number} 进展"));
        Assert.DoesNotContain("staff-x", await SayAsync("officer-a", $"{number} 完整记录"));
        Assert.DoesNotContain("王强", await SayAsync("officer-a", $"{number} 完整记录"));
    }
}
