using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Search;

public class AmountQuestionTests
{
    [Theory]
    [InlineData("受理后几天内要办结", AmountKind.Duration)]
    [InlineData("每次接待多长时间", AmountKind.Duration)]
    [InlineData("申诉以后多久给答复", AmountKind.Duration)]
    [InlineData("市领导每月接访几次", AmountKind.Times)]
    [InlineData("矛盾纠纷排查多久搞一次", AmountKind.Times)]
    [InlineData("各项指标各占多少分", AmountKind.Points)]
    [InlineData("岗位津贴一个月多少钱", AmountKind.Money)]
    [InlineData("要推选几个代表", AmountKind.Any)]
    public void AsksForAnAmountOfAKind(string question, AmountKind kind) => Assert.Equal(kind, AmountQuestion.Asked(question));

    [Theory]
    [InlineData("合理诉求解决到位，后面还有哪几个到位")]
    [InlineData("上访十几年的老户该咋弄")]
    [InlineData("一件事几个部门都有份，谁牵头")]
    [InlineData("追责有哪几种方式")]
    public void WhichAndRoughAmountsAskNoAmount(string question) => Assert.Null(AmountQuestion.Asked(question));

    [Fact]
    public void HowOftenIsNotHowLong()
    {
        const string clause = "市级党政领导接待群众来访每月安排不少于1次。";
        Assert.False(AmountQuestion.States(clause, AmountKind.Duration));
        Assert.True(AmountQuestion.States(clause, AmountKind.Times));
        Assert.True(AmountQuestion.States("每季度要进行一次系统排查", AmountKind.Times));
        // 逐月 (month by month) states a frequency as 每月 does.
        Assert.True(AmountQuestion.States("对各地情况，逐月进行通报。", AmountKind.Times));
        Assert.False(AmountQuestion.States("接待地点一般设在当地信访部门接待室。", AmountKind.Any));
        Assert.True(AmountQuestion.States("在收到决定书之日起15日内提出书面申诉", AmountKind.Duration));
        Assert.False(AmountQuestion.States("在收到决定书之日起15日内提出书面申诉", AmountKind.Money));
    }
}
