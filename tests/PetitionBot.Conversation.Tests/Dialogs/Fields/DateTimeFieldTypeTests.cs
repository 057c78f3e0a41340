using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;

namespace PetitionBot.Conversation.Tests.Dialogs.Fields;

public sealed class DateTimeFieldTypeTests
{
    // 2026-03-18 is a Wednesday.
    private static readonly FieldReadingContext Wednesday = new(DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));
    private static readonly FormField VisitTime = new() { Name = "visitedAt", Label = "来访时间", Type = "datetime", Past = true, Prompt = "来访时间？" };

    [Theory]
    [InlineData("2026-03-17 09:30", "2026-03-17T09:30:00+08:00", "2026年3月17日（周二）09:30", false)]
    [InlineData("昨天下午三点", "2026-03-17T15:00:00+08:00", "2026年3月17日（周二）15:00", true)]
    [InlineData("3月16日下午2点半", "2026-03-16T14:30:00+08:00", "2026年3月16日（周一）14:30", true)]
    public void Reads_and_shows_a_visit_time(string text, string expectedValue, string expectedDisplay, bool confirm)
    {
        var reading = new DateTimeFieldType().Read(text, VisitTime, Wednesday);
        Assert.True(reading.Succeeded, reading.Error);
        Assert.Equal(expectedValue, reading.Value!.Value!.GetValue<string>());
        Assert.Equal(expectedDisplay, reading.Value.Display);
        Assert.Equal(confirm, reading.NeedsConfirmation);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_refused_with_the_reason()
    {
        var reading = new DateTimeFieldType().Read("3月32日上午", VisitTime, Wednesday);
        Assert.False(reading.Succeeded);
        Assert.Contains("32", reading.Error);
    }

    [Fact]
    public void A_visit_time_in_the_future_is_refused()
    {
        var reading = new DateTimeFieldType().Read("明天上午9点", VisitTime, Wednesday);
        Assert.False(reading.Succeeded);
        Assert.Contains("还没到", reading.Error);
    }
}
