using PetitionBot.Language.Intents;

namespace PetitionBot.Language.Tests.Intents;

/// <summary>Statistics are case queries of their own kind; the lists of today's work stay lists.</summary>
public sealed class StatisticsQueryTests
{
    [Theory]
    [InlineData("本月统计")]
    [InlineData("上月各单位超期率")]
    [InlineData("今年信访量走势")]
    [InlineData("集体访有多少")]
    [InlineData("重复来访的有哪些人")]
    [InlineData("去年一共登记了多少件")]
    [InlineData("今年一季度的来信量")]
    [InlineData("11月各渠道信访量")]
    public void A_count_rate_or_trend_over_a_period_is_a_statistics_query(string text)
    {
        var result = IntentRouter.Route(text);
        Assert.Equal(Intent.CaseQuery, result.Intent);
        Assert.Equal(CaseQueryKind.Statistics, result.Query);
    }

    [Theory]
    [InlineData("本周到期的有几件", CaseQueryKind.DueThisWeek)]
    [InlineData("逾期的有几件", CaseQueryKind.Overdue)]
    [InlineData("已超期", CaseQueryKind.Overdue)]
    [InlineData("集体访有哪些", CaseQueryKind.GroupVisits)]
    [InlineData("我的案件", CaseQueryKind.MyCases)]
    public void Todays_lists_stay_lists(string text, CaseQueryKind kind)
    {
        var result = IntentRouter.Route(text);
        Assert.Equal(Intent.CaseQuery, result.Intent);
        Assert.Equal(kind, result.Query);
    }
}
