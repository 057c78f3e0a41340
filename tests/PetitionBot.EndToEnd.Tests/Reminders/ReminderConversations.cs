using System.Text.RegularExpressions;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Reminders;

/// <summary>The chat steps the reminder tests need: subscribing and logging a visit in one sentence.</summary>
internal static partial class ReminderConversations
{
    /// <summary>Logs a visit received 2026-03-17 15:00: it must be routed by 2026-04-01 (yellow from 03-27, red from 04-02).</summary>
    public static async Task<string> LogVisitAsync(BotConversation officer, string serviceUrl)
    {
        officer.LocalTime = DateTimeOffset.Parse("2026-03-18T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        string[] steps = ["登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇", "走访", "劳动社保", "提交"];
        var text = "";
        foreach (var step in steps)
            text = await SayAsync(officer, step, serviceUrl);
        var number = CaseNumber().Match(text);
        Assert.True(number.Success, $"The visit was not registered; the bot said: {text}");
        return number.Value;
    }

    /// <summary>Says something from a channel whose Connector API is at <paramref name="serviceUrl"/>; returns the replies' text.</summary>
    public static async Task<string> SayAsync(BotConversation conversation, string text, string serviceUrl)
    {
        var replies = await conversation.SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, ServiceUrl = serviceUrl });
        return string.Join("\n", replies.Select(r => r.Text));
    }

    [GeneratedRegex(@"XF-2026-\d{6}")]
    private static partial Regex CaseNumber();
}
