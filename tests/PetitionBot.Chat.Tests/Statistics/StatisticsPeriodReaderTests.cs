using PetitionBot.Chat.Statistics;

namespace PetitionBot.Chat.Tests.Statistics;

public sealed class StatisticsPeriodReaderTests
{
    // Tuesday 8 December 2026, morning in Beijing.
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(8));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Nothing_said_is_this_month_so_far()
    {
        var period = StatisticsPeriodReader.Read("统计一下", Now);
        Assert.Equal((D(2026, 12, 1), D(2026, 12, 8)), (period.From, period.To));
        Assert.Equal("本月（截至12月8日）", period.Label);
        Assert.Equal("本月", period.Words);
    }

    [Theory]
    [InlineData("上月各单位超期率", 2026, 11, 1, 2026, 11, 30, "2026年11月")]
    [InlineData("11月份来信多少", 2026, 11, 1, 2026, 11, 30, "2026年11月")]
    [InlineData("去年信访量走势", 2025, 1, 1, 2025, 12, 31, "2025年")]
    [InlineData("今年一季度的信访量", 2026, 1, 1, 2026, 3, 31, "2026年第一季度")]
    [InlineData("去年下半年集体访有多少", 2025, 7, 1, 2025, 12, 31, "2025年下半年")]
    [InlineData("上周来访量", 2026, 11, 30, 2026, 12, 6, "11月30日至12月6日")]
    [InlineData("9月到11月的信访量", 2026, 9, 1, 2026, 11, 30, "2026年9月至2026年11月")]
    public void Periods_are_read_by_the_date_recognizer_and_the_parts_of_a_year(string text,
        int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, string label)
    {
        var period = StatisticsPeriodReader.Read(text, Now);
        Assert.Equal((D(fromYear, fromMonth, fromDay), D(toYear, toMonth, toDay)), (period.From, period.To));
        Assert.Equal(label, period.Label);
    }

    [Fact]
    public void A_period_still_running_ends_today_and_says_so()
    {
        var period = StatisticsPeriodReader.Read("今年信访量走势", Now);
        Assert.Equal((D(2026, 1, 1), D(2026, 12, 8)), (period.From, period.To));
        Assert.Equal("今年（截至12月8日）", period.Label);
        Assert.True(period.Months);
    }

    [Theory]
    [InlineData("本月统计")]
    [InlineData("上月各单位超期率")]
    [InlineData("今年一季度的信访量")]
    [InlineData("上周来访量")]
    [InlineData("9月到11月的信访量")]
    public void The_words_of_a_period_read_back_as_the_same_period(string text)
    {
        var period = StatisticsPeriodReader.Read(text, Now);
        var again = StatisticsPeriodReader.Read(period.Words + "统计", Now);
        Assert.Equal((period.From, period.To), (again.From, again.To));
    }
}
