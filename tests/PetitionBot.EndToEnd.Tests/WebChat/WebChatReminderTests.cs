using PetitionBot.EndToEnd.Tests.Conversations;
using Xunit.Abstractions;
using static PetitionBot.EndToEnd.Tests.Reminders.ReminderConversations;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>
/// A supervisor who subscribed from Web Chat gets the reminder in the open pages (delivered through the bot's own
/// Direct Line log, over polling and over the WebSocket stream) and opens the case with the reminder's button.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatReminderTests(WebChatReminderHostFixture fixture, ITestOutputHelper output) : IClassFixture<WebChatReminderHostFixture>
{
    [Fact]
    public async Task A_reminder_reaches_the_supervisors_open_chat_pages_and_its_button_opens_the_case()
    {
        // The case turns yellow on 2026-03-27; alerts wait for the subscriber's 08:30 digest time.
        fixture.Clock.Set("2026-03-27 08:29");
        var polling = await fixture.SignInAsSupervisorAsync(webSocket: false);
        await polling.WaitForBotAsync(0, "信访工作助手");
        await polling.SayAsync("订阅到期提醒", "已订阅到期提醒");
        // A second device of the same person continues the same conversation.
        var streaming = await fixture.SignInAsSupervisorAsync(webSocket: true);
        try
        {
            await streaming.WaitForBotAsync(0, "已订阅到期提醒");
            var officer = new BotConversation(fixture.Host.Client, $"officer-{Guid.NewGuid():N}", WebChatHostFixture.UserId);
            var number = await LogVisitAsync(officer, "http://127.0.0.1:9/unused");
            var before = (await polling.BotTextsAsync()).Count;

            fixture.Clock.Set("2026-03-27 08:31");
            foreach (var chat in new[] { polling, streaming })
                await chat.Page.Clock.SetFixedTimeAsync(fixture.Clock.Now.UtcDateTime);
            foreach (var chat in new[] { polling, streaming })
            {
                var reminder = await chat.WaitForBotAsync(before, "⏰", $"🟡 {number}", "截止4月1日（周三）", "《信访工作条例》第二十二条");
                output.WriteLine(reminder);
            }

            // The reminder's button asks the bot for the case; both devices see the answer.
            // Web Chat draws the hero card's buttons as Adaptive Card push buttons under the alert.
            var open = streaming.Page.Locator("button.ac-pushButton", new() { HasText = $"查看案件 {number}" });
            var shown = (await polling.BotTextsAsync()).Count;
            await open.ClickAsync();
            foreach (var chat in new[] { streaming, polling })
            {
                var status = await chat.WaitForBotAsync(shown, number, "状态", "🟡 登记转送或告知期限 2026年4月1日（周三），还剩3个工作日");
                Assert.Contains("城关镇", status);
            }

            // Exactly one reminder: nothing repeats on later ticks.
            await fixture.Host.WaitForReminderTicksAsync(3, TimeSpan.FromSeconds(15));
            Assert.Single(await polling.BotTextsAsync(), t => t.Contains("⏰") && t.Contains(number));
        }
        finally
        {
            output.WriteLine("Screenshot: " + await polling.ScreenshotAsync("reminder-polling"));
            output.WriteLine("Screenshot: " + await streaming.ScreenshotAsync("reminder-websocket"));
            await polling.Page.Context.CloseAsync();
            await streaming.Page.Context.CloseAsync();
        }
    }
}
