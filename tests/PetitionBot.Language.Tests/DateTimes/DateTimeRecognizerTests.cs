using PetitionBot.Language.DateTimes;

namespace PetitionBot.Language.Tests.DateTimes;

public sealed class DateTimeRecognizerTests
{
    // A Wednesday, in the user's own offset.
    private static readonly DateTimeOffset Reference = new(2026, 3, 18, 10, 0, 0, TimeSpan.FromHours(8));

    private static Recognition<ResolvedDateTime> One(string text, DateResolutionOptions? options = null) =>
        Assert.Single(DateTimeRecognizer.Recognize(text, Reference, options));

    [Theory]
    [InlineData("3月32日", "3月没有32日。")]
    [InlineData("2月30日", "2月没有30日。")]
    [InlineData("13月1日", "没有13月，月份只能是1到12月。")]
    [InlineData("2026年2月29日", "2026年2月没有29日（2026年不是闰年）。")]
    [InlineData("4月31号", "4月没有31日。")]
    public void Dates_that_do_not_exist_are_errors_not_guesses(string text, string message)
    {
        var found = One(text);
        Assert.False(found.IsValid);
        Assert.Null(found.Value);
        Assert.Equal(message, found.Error);
        Assert.Equal(text, found.Span.Text);
    }

    [Fact]
    public void A_bare_hour_is_ambiguous_and_read_inside_working_hours()
    {
        var found = One("三点");
        Assert.True(found.IsAmbiguous);
        Assert.Equal(new TimeOnly(15, 0), found.Value!.Time);
        Assert.Equal(new TimeOnly(3, 0), Assert.Single(found.Alternatives).Time);
    }

    [Fact]
    public void Working_hours_are_a_parameter()
    {
        var night = new DateResolutionOptions { DayStartHour = 0, DayEndHour = 6 };
        Assert.Equal(new TimeOnly(3, 0), One("三点", night).Value!.Time);
    }

    [Theory]
    [InlineData("下午三点", 15)]
    [InlineData("凌晨三点", 3)]
    [InlineData("15点", 15)]
    [InlineData("14:30", 14)]
    public void A_period_word_or_24_hour_clock_is_not_ambiguous(string text, int hour)
    {
        var found = One(text);
        Assert.False(found.IsAmbiguous);
        Assert.Equal(hour, found.Value!.Time!.Value.Hour);
    }

    [Fact]
    public void Past_and_future_preference_pick_different_years()
    {
        Assert.Equal(new DateOnly(2025, 12, 20), One("12月20日").Value!.Date);
        Assert.Equal(new DateOnly(2026, 12, 20), One("12月20日", DateResolutionOptions.Future).Value!.Date);
    }

    [Fact]
    public void Next_week_words_are_recognized()
    {
        Assert.Equal(new DateOnly(2026, 3, 25), One("下星期三").Value!.Date);
        var week = One("下礼拜").Value!;
        Assert.Equal(DateGranularity.Week, week.Granularity);
        Assert.Equal(new DateOnly(2026, 3, 23), week.Date);
    }

    [Fact]
    public void January_twenty_third_is_not_january_second() =>
        Assert.Equal(new DateOnly(2026, 1, 23), One("一月二十三").Value!.Date);

    [Fact]
    public void Month_dot_day_only_where_a_date_is_expected()
    {
        Assert.Empty(DateTimeRecognizer.Recognize("3.5", Reference));
        Assert.Equal(new DateOnly(2026, 3, 5), One("3.5", new DateResolutionOptions { AcceptMonthDotDay = true }).Value!.Date);
        Assert.Empty(DateTimeRecognizer.Recognize("拖欠4.2万元", Reference, new DateResolutionOptions { AcceptMonthDotDay = true }));
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        var found = One("他们是昨天下午三点来的");
        Assert.Equal(new TextSpan(3, 6, "昨天下午三点"), found.Span);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 15, 0, 0, TimeSpan.FromHours(8)), found.Value!.ToDateTimeOffset(TimeSpan.FromHours(8)));
    }

    [Fact]
    public void The_reference_day_is_the_users_local_day()
    {
        // 01:00 on the 18th in Shanghai is still the 17th in UTC: "昨天" must follow the user's clock.
        var lateNight = new DateTimeOffset(2026, 3, 18, 1, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(new DateOnly(2026, 3, 17), Assert.Single(DateTimeRecognizer.Recognize("昨天", lateNight)).Value!.Date);
    }

    [Fact]
    public void Our_own_display_format_reads_back()
    {
        var found = One("2026年3月17日（周二）15:00");
        Assert.Equal((new DateOnly(2026, 3, 17), new TimeOnly(15, 0)), (found.Value!.Date, found.Value.Time!.Value));
    }

    [Fact]
    public void Phone_digits_and_counts_are_not_dates()
    {
        Assert.Empty(DateTimeRecognizer.Recognize("13812345678 共5人 3号楼", Reference));
    }
}
