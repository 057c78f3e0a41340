using PetitionBot.Chat.Statistics;

namespace PetitionBot.Chat.Tests.Statistics;

public sealed class StatisticsRequestReaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("本月统计", StatisticsTopic.Overview)]
    [InlineData("上月各单位超期率", StatisticsTopic.Units)]
    [InlineData("哪个单位按期办结率最低", StatisticsTopic.Units)]
    [InlineData("今年信访量走势", StatisticsTopic.Trend)]
    [InlineData("集体访有多少", StatisticsTopic.Collective)]
    [InlineData("重复来访的有哪些人", StatisticsTopic.Repeat)]
    [InlineData("这个月反映最多的是哪类问题", StatisticsTopic.Categories)]
    [InlineData("本月走访来信来电网上各多少", StatisticsTopic.Forms)]
    [InlineData("今年群众满意率", StatisticsTopic.Satisfaction)]
    public void The_topic_is_the_first_whose_words_the_message_has(string text, StatisticsTopic topic) =>
        Assert.Equal(topic, StatisticsRequestReader.Read(text, Now).Topic);

    [Theory]
    [InlineData("今年信访量走势", true)]
    [InlineData("本月信访量走势", false)]
    [InlineData("今年信访量按周走势", false)]
    [InlineData("本月按月统计走势", true)]
    public void A_trend_is_by_month_over_a_year_by_week_over_a_month_unless_asked(string text, bool byMonth) =>
        Assert.Equal(byMonth, StatisticsRequestReader.Read(text, Now).ByMonth);
}
