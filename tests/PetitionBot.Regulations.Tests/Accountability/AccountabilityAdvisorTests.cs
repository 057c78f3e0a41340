using System.Text.Json;
using PetitionBot.Regulations.Accountability;
using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Tests.Accountability;

public class AccountabilityAdvisorTests(LoadedAdvisor loaded) : IClassFixture<LoadedAdvisor>
{
    private AccountabilityAdvisor Advisor => loaded.Advisor;

    [Theory]
    [InlineData("按中央办法，某街道对集体访处置不力导致事态扩大，危害严重、影响重大，怎么追责？", true)]
    [InlineData("瞒报信访信息怎么追责", true)]
    [InlineData("湖南，对信访工作责任追究决定不服，多久内可以申诉？", false)]
    [InlineData("上海，区里准备对一名工作人员给予通报，应该由谁提建议、谁作决定？", false)]
    [InlineData("村干部当场把群众的材料撕了还把人轰出去，该咋处理", true)]
    [InlineData("湖南 信访事项逾期没办结 要追责吗", false)]
    [InlineData("信访事项办理要收费吗？", false)]
    [InlineData("系统登录不了怎么办", false)]
    [InlineData("XF-2026-000123 进展", false)]
    public void RecognizesMeasureQuestions_NotClauseQuestions(string text, bool expected) =>
        Assert.Equal(expected, Advisor.IsAccountabilityRequest(text));

    [Fact]
    public void AsksOneThingAtATime_AndNeverAgainForWhatWasGiven()
    {
        var first = Advisor.Advise("某镇对集体访处置不力，导致事态扩大，怎么追责？");
        Assert.Equal(QuestionKind.Jurisdiction, first.Facts.Pending);
        Assert.Contains("中央", first.Choices);

        var second = Advisor.Advise("中央", first.Facts);
        Assert.Equal(QuestionKind.Severity, second.Facts.Pending);
        Assert.Equal(["情节较轻", "危害严重、影响重大", "危害特别严重、影响特别重大"], second.Choices);
        Assert.Contains("第十一条第（四）项", second.Text);

        var third = Advisor.Advise("情节较轻", second.Facts);
        Assert.False(third.IsQuestion);
        Assert.StartsWith("结论：通报", third.FirstLine);
    }

    [Fact]
    public void AnUnclearAnswerIsAskedAgain_KeepingWhatWasKnown()
    {
        var asked = Advisor.Advise("湖南，某乡镇对信访事项逾期未办结，造成不良影响，怎么追责？");
        Assert.Equal(QuestionKind.Severity, asked.Facts.Pending);
        var again = Advisor.Advise("不太清楚", asked.Facts);
        Assert.False(again.Understood);
        Assert.Equal(QuestionKind.Severity, again.Facts.Pending);
        Assert.Equal("hunan-2016", again.Facts.Document);
        Assert.Equal(Subject.Unit, again.Facts.Subject);
    }

    [Fact]
    public void AFreshFullQuestionWhileOneIsPendingStartsOver()
    {
        var asked = Advisor.Advise("湖南，某乡镇对信访事项逾期未办结，造成不良影响，怎么追责？");
        var fresh = Advisor.Advise("上海，某单位对信访部门提出的给予处分建议落实不力，危害特别严重、影响特别重大，怎么处理？", asked.Facts);
        Assert.Equal("shanghai-2017", fresh.Facts.Document);
        Assert.StartsWith("结论：停职检查", fresh.FirstLine);
    }

    [Fact]
    public void PreferredJurisdictionIsUsedWhenTheMessageNamesNone()
    {
        var reply = Advisor.Advise("一名工作人员打击报复信访人，危害严重、影响重大，怎么处理？", null, "上海市");
        Assert.Equal("shanghai-2017", reply.Facts.Document);
        Assert.StartsWith("结论：诫勉", reply.FirstLine);
    }

    [Fact]
    public void EveryMarkerHasACitation_AndTheEntityCarriesThem()
    {
        var reply = Advisor.Advise("湖南，某单位和直接责任人拒不执行有关机关提出的支持信访请求意见，引发群体性事件，情节严重，怎么处理？");
        var answer = reply.Answer!;
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), CitationMarkers.Referenced(answer.Text).Order());
        Assert.All(answer.Citations, c => Assert.NotNull(loaded.Corpus.FindClause(c.ClauseId)));
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Position}]{c.Label}：“", answer.Text));

        var entity = CitationEntity.Build(answer, new Uri("https://bot.example.cn/"));
        var json = JsonDocument.Parse(entity.ToJsonString()).RootElement;
        Assert.Equal("https://schema.org/Message", json.GetProperty("type").GetString());
        var urls = json.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("appearance").GetProperty("url").GetString()).ToList();
        Assert.Contains("https://bot.example.cn/regulations/hunan-2016#7", urls);
    }

    [Fact]
    public void FactsSurviveAJsonRoundTrip()
    {
        var asked = Advisor.Advise("按中央办法，一名工作人员未按规定转送信访事项，已通报，现在怎么处理？");
        var json = JsonSerializer.Serialize(asked.Facts);
        var back = JsonSerializer.Deserialize<AccountabilityFacts>(json)!;
        Assert.Equal(asked.Facts with { Offered = [] }, back with { Offered = [] });
        Assert.StartsWith("结论：诫勉", Advisor.Advise("逾期未整改", back).FirstLine);
    }
}
