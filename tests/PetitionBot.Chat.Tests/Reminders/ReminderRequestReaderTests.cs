using PetitionBot.Cases.Reminders;
using PetitionBot.Chat.Reminders;

namespace PetitionBot.Chat.Tests.Reminders;

/// <summary>The options of 订阅到期提醒 as officers type them.</summary>
public sealed class ReminderRequestReaderTests
{
    [Fact]
    public void Plain_subscription_asks_for_nothing_in_particular()
    {
        var request = ReminderRequestReader.Read("订阅到期提醒");
        Assert.Null(request.Scope);
        Assert.Empty(request.Units);
        Assert.Null(request.DigestTime);
    }

    [Theory]
    [InlineData("订阅到期提醒 城关镇 东关街道 每天9点", 9, 0)]
    [InlineData("订阅到期提醒，城关镇和东关街道，早上八点半", 8, 30)]
    [InlineData("订阅城关镇、东关街道的到期提醒 17:45", 17, 45)]
    public void Units_and_a_time_are_read(string text, int hour, int minute)
    {
        var request = ReminderRequestReader.Read(text);
        Assert.Equal(ReminderScope.Units, request.Scope);
        Assert.Equal(["城关镇", "东关街道"], request.Units);
        Assert.Equal(new TimeOnly(hour, minute), request.DigestTime);
    }

    [Theory]
    [InlineData("订阅我的案件提醒", null)]
    [InlineData("我承办的案件到期提醒我 下午5点", 17)]
    public void An_officer_subscribes_to_own_cases(string text, int? hour)
    {
        var request = ReminderRequestReader.Read(text);
        Assert.Equal(ReminderScope.OwnCases, request.Scope);
        Assert.Equal(hour is { } h ? new TimeOnly(h, 0) : null, request.DigestTime);
    }
}
