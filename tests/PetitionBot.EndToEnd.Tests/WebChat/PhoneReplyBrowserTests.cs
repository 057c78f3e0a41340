using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Users;
using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The bot's replies on a phone (Web Chat at 390×844): a regulation answer that quotes once and cites short names,
/// a confirmation summary of one line a field, case numbers in a list that open the case when tapped, and a staff
/// member's menu without case buttons. Each test signs in as its own account and saves a screenshot.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class PhoneReplyBrowserTests(PhoneReplyHostFixture fixture, ITestOutputHelper output) : IClassFixture<PhoneReplyHostFixture>
{
    private static readonly string[] CaseButtons = ["本周到期", "已超期", "我的案件"];

    [Fact]
    public async Task A_regulation_answer_quotes_once_and_cites_the_short_name_and_article()
    {
        var chat = await SignInAsync(fixture.FreshOfficerId());
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手");
            var answer = await chat.SayAsync("湖南 信访事项逾期没办结 要追责吗", "逾期未办结", "湖南办法 第四条第（十二）项");

            Assert.DoesNotContain("《湖南省", answer);
            Assert.Single(Regex.Matches(answer, "逾期未办结"));
            var bubble = chat.Page.Locator(".webchat__bubble__content").Last;
            Assert.False(await bubble.Locator(".webchat__link-definitions").IsVisibleAsync());

            // Each [1] is a citation button (the entity carries the full title to it).
            var markers = bubble.Locator("button.webchat__render-markdown__citation");
            await markers.First.WaitForAsync(new() { Timeout = 10_000 });
            Assert.Equal(2, await markers.CountAsync());
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone-regulation-answer"));
        }
    }

    [Fact]
    public async Task The_confirmation_summary_is_one_short_line_a_field_with_phone_and_id_masked()
    {
        var chat = await SignInAsync(fixture.FreshOfficerId());
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手");
            var summary = await chat.SayAsync("登记来访 张三 13812345678 身份证11010519491231002X 昨天下午三点 5人 走访 劳动社保 反映拖欠工资 属地城关镇",
                "请核对", "138****5678", "110105********002X");

            Assert.DoesNotContain("13812345678", summary);
            Assert.DoesNotContain("11010519491231002X", summary);
            Assert.DoesNotContain("未填", summary);
            Assert.DoesNotContain("责任单位", summary);

            // Each line is one row of text, and the rows follow each other without a blank between them.
            var rows = await chat.Page.EvaluateAsync<double[][]>(
                """
                () => {
                  const bubbles = Array.from(document.querySelectorAll('.webchat__bubble__content')).filter(b => b.innerText.includes('请核对'));
                  const lines = Array.from(bubbles[bubbles.length - 1].querySelectorAll('p.webchat__text-content--is-plain'));
                  return lines.map(p => {
                    const r = p.getBoundingClientRect(), s = getComputedStyle(p);
                    return [r.top + parseFloat(s.paddingTop), r.bottom - parseFloat(s.paddingBottom), parseFloat(s.fontSize)];
                  });
                }
                """);
            // 已识别全部内容。 请核对： and the nine fields given (责任单位 was not).
            Assert.Equal(11, rows.Length);
            foreach (var (row, next) in rows.Zip(rows.Skip(1)))
            {
                Assert.True(row[1] - row[0] < 2 * row[2], $"a summary line wraps or is padded: {row[1] - row[0]:F0}px at {row[2]}px type");
                Assert.True(next[0] - row[1] < 0.5 * row[2], $"a gap of {next[0] - row[1]:F0}px between summary lines");
            }
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone-confirmation-summary"));
        }
    }

    [Fact]
    public async Task A_case_number_in_a_list_is_a_button_and_tapping_it_opens_the_case()
    {
        var chat = await SignInAsync(fixture.FreshOfficerId());
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手");
            await chat.SayAsync("登记来访 李四 13912345678 昨天下午三点 1人 走访 城乡建设 反映小区外墙脱落 属地城关镇", "请核对");
            var filed = await chat.SayAsync("提交", "已登记：XF-");
            var number = Regex.Match(filed, @"XF-\d{4}-\d{6}").Value;

            var list = await chat.SayAsync("我的案件", "我的案件（未终结）", number);
            output.WriteLine(list);
            var button = chat.Page.GetByRole(AriaRole.Button, new() { Name = number, Exact = true }).Last;
            await button.WaitForAsync(new() { Timeout = 10_000 });
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone-case-list"));

            var before = (await chat.BotTextsAsync()).Count;
            await button.ClickAsync();
            var card = await chat.WaitForBotAsync(before, number, "状态：", "李*");
            Assert.StartsWith(number, card);
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone-case-opened"));
        }
    }

    [Fact]
    public async Task Staff_are_offered_no_case_buttons()
    {
        var chat = await SignInAsync(PhoneReplyHostFixture.StaffId);
        try
        {
            var welcome = await chat.WaitForBotAsync(0, "信访工作助手", "解答信访工作规定");
            Assert.DoesNotContain("查询案件进展", welcome);

            var jobs = await chat.Page.Locator(".jobs button").AllInnerTextsAsync();
            Assert.Equal(["问规定", "规定列表", "帮助"], jobs);
            var suggested = chat.Page.Locator(".webchat__suggested-action");
            await suggested.First.WaitForAsync(new() { Timeout = 10_000 });
            var offered = await suggested.AllInnerTextsAsync();
            Assert.Contains(offered, o => o.Contains("问规定"));
            Assert.DoesNotContain(offered, o => CaseButtons.Any(o.Contains));

            await chat.SayAsync("本周到期", "没有查看案件的权限");
            offered = await suggested.AllInnerTextsAsync();
            Assert.DoesNotContain(offered, o => CaseButtons.Any(o.Contains));
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("phone-staff-menu"));
        }
    }

    private async Task<ChatPage> SignInAsync(string userId)
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        await chat.OpenAsync(webSocket: true);
        await chat.WaitForSignInFormAsync();
        await chat.SignInAsync(userId, WebChatHostFixture.Password);
        return chat;
    }
}

/// <summary>The Web Chat host with, besides the officers, one staff member (who may see no case).</summary>
public sealed class PhoneReplyHostFixture : WebChatHostFixture
{
    public const string StaffId = "e2e-staff";

    protected override IDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["WebChat__Users__1__Id"] = StaffId,
        ["WebChat__Users__1__Name"] = "王强",
        ["WebChat__Users__1__Unit"] = "县发改委",
        ["WebChat__Users__1__Role"] = "staff",
        ["WebChat__Users__1__PasswordHash"] = PasswordHasher.Hash(Password),
    };
}
