using System.Globalization;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Conversations;

/// <summary>Relative dates resolve against the user's own clock (localTimestamp), not the server's.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class UserClockTests(DefaultBotHostFixture fixture)
{
    private static readonly string[] WeekDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    [Fact]
    public async Task A_one_sentence_visit_sent_with_a_clock_three_days_behind_gets_the_users_dates()
    {
        // The user's phone says it is three days ago, 10:00 in Shanghai; "昨天" is the day before that.
        var shanghaiNow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var userNow = new DateTimeOffset(shanghaiNow.Date.AddDays(-3).AddHours(10), TimeSpan.FromHours(8));
        var yesterday = DateOnly.FromDateTime(userNow.Date.AddDays(-1));
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"{yesterday.Year}年{yesterday.Month}月{yesterday.Day}日（{WeekDays[(int)yesterday.DayOfWeek]}）15:00");

        // An officer of the embedded demo: only officers and supervisors may log visits.
        var conversation = new BotConversation(fixture.Host.Client, $"clock-{Guid.NewGuid():N}", userId: "officer-li") { LocalTime = userNow };
        var reply = (await conversation.SayAsync("登记来访 张三 13812345678 昨天下午三点 5人 反映拖欠工资 属地城关镇")).Single();

        Assert.Contains(expected, reply.Text);
    }
}
