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
    [InlineData("上海，某街道瞒报集体访信息，造成严重后果，危害严重、影响重大，要给党纪处分吗？", true)]
    [InlineData("湖南，对信访工作责任追究决定不服，多久内可以申诉？", false)]
    [InlineData("上海，区里准备对一名工作人员给予通报，应该由谁提建议、谁作决定？", false)]
    [InlineData("村干部当场把群众的材料撕了还把人轰出去，该咋处理", true)]
    [InlineData("湖南 信访事项逾期没办结 要追责吗", false)]
    [InlineData("湖南，某局干部对信访人打击报复，造成不良影响，要被问责吗？", true)]
    [InlineData("湖南，某局干部对信访人打击报复，造成不良影响，依据哪条追责？", true)]
    [InlineData("信访事项办理要收费吗？", false)]
    [InlineData("系统登录不了怎么办", false)]
    [InlineData("XF-2026-000123 进展", false)]
    public void RecognizesMeasureQuestions_NotClauseQuestions(string text, bool expected) =>
        Assert.Equal(expected, Advisor.IsAccountabilityRequest(text));

    [Fact]
    public void AsksOneThingAtATime_AndNeverAgainForWhatWasGiven()
    {
        // No place named: the national rules, which apply everywhere, are taken and the one missing fact is asked.
        var first = Advisor.Advise("某镇对集体访处置不力，导致事态扩大，怎么追责？");
        Assert.Equal(QuestionKind.Severity, first.Facts.Pending);
        Assert.True(first.Facts.JurisdictionAssumed);
        Assert.Equal("national-2016", first.Facts.Document);
        Assert.Equal(["情节较轻", "危害严重、影响重大", "危害特别严重、影响特别重大"], first.Choices);
        Assert.Contains("第十一条第（四）项", first.Text);

        // A place given while the question waits switches the rules and asks the same question again.
        var second = Advisor.Advise("沪", first.Facts);
        Assert.Equal(QuestionKind.Severity, second.Facts.Pending);
        Assert.Equal("shanghai-2017", second.Facts.Document);
        Assert.False(second.Facts.JurisdictionAssumed);

        var third = Advisor.Advise("情节较轻", second.Facts);
        Assert.False(third.IsQuestion);
        Assert.StartsWith("结论：通报", third.FirstLine);
    }

    [Fact]
    public void AnAssumedPlaceIsSaid()
    {
        var reply = Advisor.Advise("某镇对集体访处置不力，导致事态扩大，情节较轻，怎么追责？");
        Assert.StartsWith("结论：通报", reply.FirstLine);
        Assert.Contains("未说明地区，按全国适用的中央实施办法", reply.Text);
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
    public void EveryMarkerHasACitation_ToAClauseOfTheTexts()
    {
        var reply = Advisor.Advise("湖南，某单位和直接责任人拒不执行有关机关提出的支持信访请求意见，引发群体性事件，情节严重，怎么处理？");
        var answer = reply.Answer!;
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), CitationMarkers.Referenced(answer.Text).Order());
        Assert.All(answer.Citations, c => Assert.NotNull(loaded.Corpus.FindClause(c.ClauseId)));
        // The advisor's lines state each rule; the list names each source once, by short name and article, unquoted.
        Assert.All(answer.Citations, c => Assert.EndsWith($"[{c.Position}] {c.ShortLabel}", answer.Text.Split('\n').Single(l => l.StartsWith($"[{c.Position}] "))));
        Assert.Contains(answer.Citations, c => c.ClauseId == "hunan-2016#7");
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

    [Theory]
    [InlineData("湖南，镇里的信访办主任收到《责任追究决定书》后第20天才提出书面申诉，还来得及吗？")]
    [InlineData("上海，区里准备对一名工作人员给予通报，应该由谁提建议、谁作决定？")]
    [InlineData("湖南，追责决定书作出后多少天内要宣布？")]
    public void ProceduralQuestionsAreNotCaptured_AndSaySo(string text)
    {
        var reply = Advisor.Advise(text);
        Assert.Equal(AdvisorReplyKind.NotApplicable, reply.Kind);
        Assert.Equal("procedural", reply.NotApplicableReason);
        Assert.False(reply.IsQuestion);
        Assert.Empty(reply.Choices);
    }

    [Fact]
    public void AProceduralQuestionWhileOneIsPendingLeavesTheAdvisor()
    {
        var asked = Advisor.Advise("湖南，某乡镇对信访事项逾期未办结，造成不良影响，怎么追责？");
        Assert.Equal(AdvisorReplyKind.Question, asked.Kind);
        var next = Advisor.Advise("申诉期限是多久", asked.Facts);
        Assert.Equal(AdvisorReplyKind.NotApplicable, next.Kind);
    }

    [Fact]
    public void OneMissingFactGetsExactlyOneQuestionWithButtons()
    {
        var asked = Advisor.Advise("按中央办法，镇里一个干部对来反映问题的老百姓爱理不理，还骂人，怎么处理？");
        Assert.Equal(AdvisorReplyKind.Question, asked.Kind);
        Assert.Equal(QuestionKind.Severity, asked.Facts.Pending);
        Assert.Equal(1, asked.Text.Split('\n').Count(l => l.StartsWith("还差：", StringComparison.Ordinal)));
        Assert.Equal(3, asked.Choices.Count);
        var answered = Advisor.Advise(asked.Choices[0], asked.Facts);
        Assert.Equal(AdvisorReplyKind.Advice, answered.Kind);
        Assert.StartsWith("结论：通报", answered.FirstLine);
    }

    [Fact]
    public void AnObjectorIsToldHeBearsNoLeadershipResponsibility_NotGivenAMeasure()
    {
        var reply = Advisor.Advise("按中央办法，班子集体研究的决策失误，有一名副县长在会上明确提出过反对意见但没被采纳，他要承担领导责任吗？");
        Assert.Contains("不承担领导责任", reply.FirstLine);
        Assert.DoesNotContain("诫勉", reply.FirstLine);
        Assert.Contains(reply.Answer!.Citations, c => c.ClauseId == "national-2016#11");
    }

    [Fact]
    public void ACaseWhoseTimeHasPassedIsAnsweredByTheLifelongRule_WhereTheDocumentHasOne()
    {
        var hunan = Advisor.Advise("湖南，一名干部几年前失职导致群众上访，现在已经调到别的县了，还能追责吗？");
        Assert.Equal(AdvisorReplyKind.Advice, hunan.Kind);
        Assert.StartsWith("结论：办法施行后发生的情形，实行终身责任追究", hunan.FirstLine);
        Assert.Contains(hunan.Answer!.Citations, c => c.ClauseId == "hunan-2016#8");
        // The national rules say nothing of it: the question stays with the regulation answer.
        var national = Advisor.Advise("中央办法，一名干部几年前失职导致群众上访，现在已经调到别的县了，还能追责吗？");
        Assert.Equal(AdvisorReplyKind.NotApplicable, national.Kind);
        Assert.Equal("procedural", national.NotApplicableReason);
    }

    [Theory]
    [InlineData("上海，一名科长打击报复信访人，已经构成违纪，怎么处理？", "由纪检监察机关")]
    [InlineData("湖南，一名干部对上访群众态度恶劣，构成违纪，怎么处理？", "由纪检监察机关、组织人事部门负责实施")]
    public void ABreachOfDisciplineSaysWhoHandlesIt(string text, string referral)
    {
        var reply = Advisor.Advise(text);
        Assert.Equal(AdvisorReplyKind.Advice, reply.Kind);
        Assert.Contains(referral, reply.FirstLine);
    }

    [Theory]
    [InlineData("湖南，县里准备追究一个镇信访办主任的责任，作出决定前要走什么程序？", "hunan-2016#9", "说明和申辩")]
    [InlineData("上海，要对一个副局长免职，由哪个部门提建议？", "shanghai-2017#18.2", "纪检监察机关、组织人事部门或者信访部门提出建议")]
    [InlineData("上海，被免职的干部申诉期间，免职决定要暂停执行吗？", "shanghai-2017#20", "不停止")]
    [InlineData("中央办法，给干部诫勉由谁决定？", "national-2016#14", "有管理权限的党政机关")]
    public void AProceduralDeclineCarriesTheAdvisorsOwnRule_ForTheHostWhenTheRegulationAnswerFindsNothing(string text, string clause, string words)
    {
        var reply = Advisor.Advise(text);
        Assert.Equal(AdvisorReplyKind.NotApplicable, reply.Kind);
        var own = Assert.IsType<PetitionBot.Regulations.Answers.GroundedAnswer>(reply.ProcedureAnswer);
        Assert.StartsWith("结论：", own.DirectAnswer);
        Assert.Contains(words, own.DirectAnswer);
        Assert.Contains(own.Citations, c => c.ClauseId == clause);
    }

    [Theory]
    [InlineData("湖南办法是哪一年施行的？")]
    [InlineData("湖南，对信访事项处理意见不服，怎么申请复查？")]
    public void NoProcedureAnswerWhereNoProcedureOfAccountabilityIsAsked(string text) =>
        Assert.Null(Advisor.AnswerProcedure(text));

    [Fact]
    public void ASuspectedCrimeIsReferred_WithoutAskingTheSeverity()
    {
        var reply = Advisor.Advise("湖南，一名干部收受信访人贿赂，涉嫌犯罪，怎么处理？");
        Assert.Equal(AdvisorReplyKind.Advice, reply.Kind);
        Assert.Contains("移送司法机关", reply.FirstLine);
    }

    [Fact]
    public void AStoryWithoutLegalWordsIsReadInTheTextsTerms()
    {
        var reply = Advisor.Advise("村干部当场把群众的材料撕了还把人轰出去，该咋处理", null, "全国");
        Assert.Equal(QuestionKind.Severity, reply.Facts.Pending);
        Assert.Contains("第十一条第（三）项", reply.Text);
    }
}
