using PetitionBot.Cases.Statistics;
using PetitionBot.Chat.Statistics;

namespace PetitionBot.Chat.Tests.Statistics;

public sealed class TrendBucketsTests
{
    private static CaseTally Day(string day, int total) => CaseTally.Empty(day) with { Total = total };

    [Fact]
    public void Days_sum_into_months_with_empty_months_kept()
    {
        var period = new StatisticsPeriod(new(2026, 1, 1), new(2026, 4, 15), "", "", true);
        var buckets = TrendBuckets.Sum([Day("2026-01-03", 2), Day("2026-01-31", 1), Day("2026-03-01", 4), Day("2026-04-15", 5)], period, byMonth: true);
        Assert.Equal([("1月", 3), ("2月", 0), ("3月", 4), ("4月", 5)], buckets.Select(b => (b.Label, b.Total)));
    }

    [Fact]
    public void Days_sum_into_weeks_that_start_on_monday()
    {
        // 1 December 2026 is a Tuesday: its week began on Monday 30 November.
        var period = new StatisticsPeriod(new(2026, 12, 1), new(2026, 12, 8), "", "", false);
        var buckets = TrendBuckets.Sum([Day("2026-12-01", 1), Day("2026-12-06", 2), Day("2026-12-07", 3)], period, byMonth: false);
        Assert.Equal([("11/30", 3), ("12/7", 3)], buckets.Select(b => (b.Label, b.Total)));
    }
}
