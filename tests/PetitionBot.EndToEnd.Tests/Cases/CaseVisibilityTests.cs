using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;

namespace PetitionBot.EndToEnd.Tests.Cases;

/// <summary>
/// Officers of different units cannot see each other's cases; a supervisor sees both, one with a jurisdiction only
/// its units'; staff see none. Reminder subscriptions follow the same rule.
/// </summary>
public sealed class CaseVisibilityTests(CaseVisibilityHostFixture fixture) : IClassFixture<CaseVisibilityHostFixture>
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00");

    // A fresh conversation id for every exchange; the cases the tests log are told apart by their numbers.
    private BotConversation As(string user) => new(fixture.Host.Client, $"{user}-{Guid.NewGuid():N}", userId: user) { LocalTime = Wednesday };

    private static async Task<string> LogCollectiveVisitAsync(BotConversation officer, string petitioner)
    {
        await officer.SayAsync($"登记来访 {petitioner} 13812345678 昨天下午三点 6人 反映拖欠工资 属地城关镇");
        foreach (var answer in new[] { "走访", "劳动社保" }) await officer.SayAsync(answer);
        var filed = (await officer.SayAsync("提交")).Single().Text!;
        return Regex.Match(filed, @"XF-\d{4}-\d{6}").Value;
    }

    private static async Task<string> AskAsync(BotConversation who, string text) =>
        string.Join("\n", (await who.SayAsync(text)).Select(r => r.Text));

    [Fact]
    public async Task Each_officer_sees_only_their_units_cases_and_the_supervisor_sees_both()
    {
        var a = await LogCollectiveVisitAsync(As("officer-a"), "张建军");
        var b = await LogCollectiveVisitAsync(As("officer-b"), "刘海燕");
        Assert.Matches(@"XF-\d{4}-\d{6}", a);
        Assert.Matches(@"XF-\d{4}-\d{6}", b);

        Assert.Contains($"没有找到 {b}", await AskAsync(As("officer-a"), $"{b} 进展"));
        Assert.Contains($"没有找到 {a}", await AskAsync(As("officer-b"), $"{a} 进展"));
        Assert.Contains(a, await AskAsync(As("officer-a"), $"{a} 进展"));

        var supervisor = As("supervisor-s");
        Assert.DoesNotContain("没有找到", await AskAsync(supervisor, $"{a} 进展"));
        Assert.DoesNotContain("没有找到", await AskAsync(supervisor, $"{b} 进展"));

        var listA = await AskAsync(As("officer-a"), "集体访");
        Assert.Contains(a, listA);
        Assert.DoesNotContain(b, listA);
        var listAll = await AskAsync(As("supervisor-s"), "集体访");
        Assert.Contains(a, listAll);
        Assert.Contains(b, listAll);

        var east = As("supervisor-east");
        Assert.Contains($"没有找到 {a}", await AskAsync(east, $"{a} 进展"));
        Assert.DoesNotContain("没有找到", await AskAsync(east, $"{b} 进展"));
        var listEast = await AskAsync(As("supervisor-east"), "集体访");
        Assert.Contains(b, listEast);
        Assert.DoesNotContain(a, listEast);
    }

    [Fact]
    public async Task Another_units_case_reads_exactly_like_a_missing_one_by_code_number_name_phone_and_id()
    {
        var officerA = As("officer-a");
        await officerA.SayAsync("登记来访 韩志强 13855556666 110105194912310038 昨天下午三点 6人 反映拖欠工资 属地城关镇");
        foreach (var answer in new[] { "走访", "劳动社保" }) await officerA.SayAsync(answer);
        var filed = (await officerA.SayAsync("提交")).Single().Text!;
        var number = Regex.Match(filed, @"XF-\d{4}-\d{6}").Value;
        var code = Regex.Match(filed, @"查询码 (\w+)").Groups[1].Value;
        Assert.NotEmpty(code);

        // Asked by an officer of another unit, and asked for something that does not exist: the same words.
        async Task AssertSameAsync(string hidden, string missing, string hiddenKey, string missingKey)
        {
            var forHidden = await AskAsync(As("officer-b"), hidden);
            var forMissing = await AskAsync(As("officer-b"), missing);
            Assert.DoesNotContain(number, forHidden.Replace(hiddenKey, "KEY"));
            Assert.Equal(forMissing.Replace(missingKey, "KEY"), forHidden.Replace(hiddenKey, "KEY"));
        }
        await AssertSameAsync($"{code} 查询", "7K3Q9P 查询", code, "7K3Q9P");
        await AssertSameAsync($"{number} 进展", "XF-2026-999999 进展", number, "XF-2026-999999");
        await AssertSameAsync("查一下韩志强的案件", "查一下韩志远的案件", "韩**", "韩**");
        await AssertSameAsync("13855556666", "13855557777", "138****6666", "138****7777");
        await AssertSameAsync("110105194912310038", "110105194912310046", "110105********0038", "110105********0046");
    }

    [Fact]
    public async Task Staff_and_strangers_see_no_cases()
    {
        var a = await LogCollectiveVisitAsync(As("officer-a"), "孙丽华");
        Assert.Contains("没有查看案件的权限", await AskAsync(As("staff-x"), $"{a} 进展"));
        Assert.Contains("没有查看案件的权限", await AskAsync(As("someone-else"), "集体访"));
    }

    [Fact]
    public async Task Staff_are_never_offered_a_button_that_would_answer_no_permission()
    {
        string[] caseButtons = ["本周到期", "已超期", "我的案件", "受理", "转送", "查看案件", "订阅到期提醒", "我的提醒设置"];
        var staff = As("staff-x");
        var replies = new List<PetitionBot.Protocol.Schema.Activity>();
        replies.AddRange(await staff.JoinAsync());
        foreach (var text in new[] { "你好", "帮助", "怎么查案件", "本周到期", "我的案件", "查一下 王秀兰", "今天天气怎么样", "登记来访", "取消" })
            replies.AddRange(await staff.SayAsync(text));
        replies.AddRange(await staff.SayAsync("登记来访 钱多多 13812345678 昨天下午三点 1人 走访 劳动社保 反映拖欠工资 属地城关镇"));
        replies.AddRange(await staff.SayAsync("提交"));

        // Staff may not file either (the filing policy is the reading policy): told so, nothing filed.
        Assert.Contains(replies, r => r.Text!.Contains("没有登记来访的权限"));
        Assert.DoesNotContain(replies, r => r.Text!.Contains("已登记：XF-"));
        Assert.Contains(replies, r => r.Text!.Contains("没有查看案件的权限"));
        Assert.All(replies, r => Assert.DoesNotContain(r.SuggestedActions?.Actions.Select(a => a.Title!) ?? [], caseButtons.Contains));
        Assert.All(replies, r => Assert.Null(r.Attachments));
        Assert.Contains("本周到期", (await As("officer-a").SayAsync("你好")).Single().SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_caller_giving_an_officers_display_name_as_its_id_gets_no_access()
    {
        // officer-a is 张卫国; without channel authentication from.id is whatever the caller sends.
        Assert.Contains("没有查看案件的权限", await AskAsync(As("张卫国"), "我的案件"));
        Assert.Contains("没有登记来访的权限", await AskAsync(As("张卫国"), "登记来访"));
        Assert.DoesNotContain("没有查看案件的权限", await AskAsync(As("officer-a"), "我的案件"));
    }

    [Fact]
    public async Task Reminder_subscriptions_cover_only_what_the_subscriber_may_see()
    {
        var officer = As("officer-a");
        Assert.Contains("范围：城关镇信访办的案件", await AskAsync(officer, "订阅到期提醒"));
        Assert.Contains("范围：城关镇信访办的案件", await AskAsync(officer, "我的提醒设置"));
        Assert.Contains("范围：城关镇信访办的案件", await AskAsync(As("officer-a"), "订阅到期提醒 城关镇"));
        Assert.Contains("您只能订阅城关镇信访办的案件提醒", await AskAsync(As("officer-a"), "订阅到期提醒 东关街道办事处"));
        Assert.Contains("范围：我承办的案件", await AskAsync(As("officer-b"), "订阅我的案件提醒"));

        Assert.Contains("范围：全部案件", await AskAsync(As("supervisor-s"), "订阅到期提醒"));
        Assert.Contains("范围：东关街道办事处的案件", await AskAsync(As("supervisor-s"), "订阅到期提醒 东关街道办事处"));
        Assert.Contains("范围：东关街道办事处的案件", await AskAsync(As("supervisor-east"), "订阅到期提醒"));
        Assert.Contains("您只能订阅东关街道办事处的案件提醒", await AskAsync(As("supervisor-east"), "订阅到期提醒 城关镇"));

        Assert.Contains("没有查看案件的权限", await AskAsync(As("staff-x"), "订阅到期提醒"));
        var stranger = As("someone-else");
        Assert.Contains("没有查看案件的权限", await AskAsync(stranger, "订阅到期提醒"));
        Assert.Contains("您还没有订阅到期提醒", await AskAsync(stranger, "我的提醒设置"));
    }
}
