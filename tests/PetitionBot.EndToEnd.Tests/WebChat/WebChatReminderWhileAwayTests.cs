using PetitionBot.EndToEnd.Tests.Conversations;
using Xunit.Abstractions;
using static PetitionBot.EndToEnd.Tests.Reminders.ReminderConversations;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>
/// A supervisor subscribes from Web Chat and closes the page; days later, long after that conversation has expired,
/// the reminder is delivered anyway, and signing in shows it.
/// </summary>
[Collection(WebChatCollection.Name)]
public sealed class WebChatReminderWhileAwayTests(WebChatReminderHostFixture fixture, ITestOutputHelper output) : IClassFixture<WebChatReminderHostFixture>
{
    [Fact]
    public async Task A_reminder_sent_while_the_supervisor_was_away_is_there_at_the_next_sign_in()
    {
        fixture.Clock.Set("2026-03-18 07:00");
        var first = await fixture.SignInAsSupervisorAsync(webSocket: true);
        await first.SayAsync("订阅到期提醒", "已订阅到期提醒");
        await first.Page.Context.CloseAsync();
        var officer = new BotConversation(fixture.Host.Client, $"officer-{Guid.NewGuid():N}", WebChatHostFixture.UserId);
        var number = await LogVisitAsync(officer, "http://127.0.0.1:9/unused");

        // Nine days on: the page's conversation and its token have long expired.
        fixture.Clock.Set("2026-03-27 08:31");
        var later = await fixture.SignInAsSupervisorAsync(webSocket: true);
        try
        {
            var reminder = await later.WaitForBotAsync(0, "⏰", $"🟡 {number}", "截止4月1日（周三）", "《信访工作条例》第二十二条");
            output.WriteLine(reminder);
            await later.WaitForBotAsync(0, "📋 每日到期汇总 · 3月27日（周五）");
            Assert.Single(await later.BotTextsAsync(), t => t.Contains("⏰") && t.Contains(number));
        }
        finally
        {
            output.WriteLine("Screenshot: " + await later.ScreenshotAsync("reminder-while-away"));
            await later.Page.Context.CloseAsync();
        }
    }
}
