using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>Microsoft's Web Chat in Chromium against the bot's own Direct Line, over polling and over the WebSocket stream.</summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatBrowserTests(WebChatHostFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_officer_signs_in_and_logs_a_visit_by_typing_and_sees_the_case_number(bool webSocket)
    {
        var chat = await OpenSignedInAsync(webSocket);
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手", "登记来访");
            await chat.SayAsync("登记来访", "来访人姓名");
            await chat.SayAsync("王秀兰", "联系电话");
            await chat.SayAsync("13812345678", "身份证号");
            await chat.SayAsync("跳过", "信访形式");
            await chat.SayAsync("走访", "几人");
            await chat.SayAsync("6人", "来访时间");
            await chat.SayAsync("昨天下午三点", "对吗");
            await chat.SayAsync("对", "问题发生在哪里");
            await chat.SayAsync("城关镇", "内容分类");
            await chat.SayAsync("拖欠工资", "诉求");
            await chat.SayAsync("某建筑公司拖欠6名工人工资共计4.2万元", "责任单位");
            var summary = await chat.SayAsync("跳过", "请核对", "王秀兰", "138****5678");
            Assert.DoesNotContain("13812345678", summary);
            var filed = await chat.SayAsync("提交", "已登记：XF-");

            Assert.Matches(new Regex(@"已登记：XF-\d{4}-\d{6}"), filed);
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"log-visit-{(webSocket ? "websocket" : "polling")}"));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_regulation_question_gets_an_answer_with_a_rendered_citation(bool webSocket)
    {
        var chat = await OpenSignedInAsync(webSocket);
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手");
            var answer = await chat.SayAsync("湖南 信访事项逾期没办结 要追责吗", "追究", "湖南办法");
            output.WriteLine(answer);

            // Web Chat turns the "[1]" marker into a citation button and builds its reference list from the entity (the
            // page hides that list: the reply's own lines name the sources).
            var bubble = chat.Page.Locator(".webchat__bubble__content").Last;
            var marker = bubble.Locator("button.webchat__render-markdown__citation").First;
            await marker.WaitForAsync(new() { Timeout = 10_000 });
            Assert.Equal("cite:1", await marker.GetAttributeAsync("value"));
            var references = bubble.Locator(".webchat__link-definitions");
            Assert.Contains("湖南办法 第四条", await references.TextContentAsync());
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync($"regulation-{(webSocket ? "websocket" : "polling")}"));
        }
    }

    [Fact]
    public async Task Statistics_come_with_a_chart_the_page_shows()
    {
        var chat = await OpenSignedInAsync(webSocket: false);
        try
        {
            await chat.WaitForBotAsync(0, "信访工作助手");
            await chat.SayAsync("登记来访 王秀兰 13812345678 昨天下午三点 6人 反映拖欠工资 属地城关镇", "信访形式");
            await chat.SayAsync("走访", "内容分类");
            await chat.SayAsync("劳动社保", "请核对");
            await chat.SayAsync("提交", "已登记：XF-");
            // Yesterday is in this year except on New Year's Day.
            var today = PetitionBot.Language.DateTimes.ShanghaiClock.Today(TimeProvider.System);
            var period = today is { Month: 1, Day: 1 } ? "去年" : "今年";

            var summary = await chat.SayAsync(period + "统计", "共登记");

            output.WriteLine(summary);
            // Web Chat shows the attachment as an image of its own under the text.
            var chart = chat.Page.Locator(".webchat__basic-transcript img").Last;
            await chart.WaitForAsync(new() { Timeout = 15_000 });
            await chart.ScrollIntoViewIfNeededAsync();
            var source = await chart.GetAttributeAsync("src") ?? "";
            output.WriteLine("Image source: " + source[..Math.Min(30, source.Length)]);
            // Decoded and drawn by the browser, not a broken image; the chart is 640×400.
            Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 640 && img.naturalHeight === 400"));
        }
        finally
        {
            output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("statistics-chart"));
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_chat()
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        await chat.OpenAsync(webSocket: false);
        await chat.WaitForSignInFormAsync();

        await chat.SignInAsync(WebChatHostFixture.UserName, "wrong-password");
        await page.Locator("#sign-in-message").Filter(new() { HasText = "账号或密码不对" }).WaitForAsync();

        Assert.True(await page.Locator("#chat-area").IsHiddenAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_saved_token_sends_the_user_back_to_sign_in()
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        await chat.OpenAsync(webSocket: false);
        await chat.WaitForSignInFormAsync();
        await chat.SetSavedSessionAsync(new { token = "forged.token.value", conversationId = "x", userId = "someone", userName = "冒名" });

        await chat.OpenAsync(webSocket: false);
        await page.Locator("#sign-in-message").Filter(new() { HasText = "重新登录" }).WaitForAsync(new() { Timeout = 20_000 });

        Assert.True(await page.Locator("#sign-in").IsVisibleAsync());
        output.WriteLine("Screenshot: " + await chat.ScreenshotAsync("bad-token"));
        await page.Context.CloseAsync();
    }

    private async Task<ChatPage> OpenSignedInAsync(bool webSocket)
    {
        var page = await fixture.Chromium.NewPhonePageAsync();
        var chat = new ChatPage(page, fixture.Host.BaseAddress);
        await chat.OpenAsync(webSocket);
        await chat.WaitForSignInFormAsync();
        await chat.SignInAsync(fixture.FreshOfficerId(), WebChatHostFixture.Password);
        return chat;
    }
}
