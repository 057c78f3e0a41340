using PetitionBot.Regulations.Accountability;

namespace PetitionBot.Regulations.Tests.Accountability;

public class FactExtractorTests(LoadedAdvisor loaded) : IClassFixture<LoadedAdvisor>
{
    private FactExtractor Extractor => new(loaded.Rules.Vocabulary);

    [Theory]
    [InlineData("情节较轻", Severity.Minor)]
    [InlineData("情节不严重", Severity.Minor)]
    [InlineData("情节较重", Severity.Moderate)]
    [InlineData("危害严重、影响重大", Severity.Serious)]
    [InlineData("危害特别严重、影响特别重大", Severity.VerySerious)]
    [InlineData("危害特别嚴重", Severity.VerySerious)]
    [InlineData("造成严重后果的", Severity.Unknown)]
    [InlineData("后果相当严重，影响很恶劣", Severity.Serious)]
    [InlineData("危害极大，影响极坏", Severity.VerySerious)]
    [InlineData("问题不太严重", Severity.Minor)]
    public void ReadsSeverity_LongestPhraseFirst(string text, Severity expected) =>
        Assert.Equal(expected, Extractor.Read(text).Severity);

    [Fact]
    public void ShortSeverityWordsCountOnlyAsAnAnswer()
    {
        Assert.Equal(Severity.Unknown, Extractor.Read("严重").Severity);
        Assert.Equal(Severity.Serious, Extractor.Read("严重", QuestionKind.Severity).Severity);
    }

    [Theory]
    [InlineData("已经被通报，到期仍没整改完", PriorMeasure.Notified, false)]
    [InlineData("已诫勉，已按期整改", PriorMeasure.Admonished, true)]
    [InlineData("通报后仍未按期完成整改", PriorMeasure.Notified, false)]
    [InlineData("未按规定转送", PriorMeasure.None, null)]
    public void ReadsPriorMeasureAndRectification(string text, PriorMeasure prior, bool? rectified)
    {
        var facts = Extractor.Read(text);
        Assert.Equal(prior, facts.Prior);
        Assert.Equal(rectified, facts.Rectified);
    }

    [Theory]
    [InlineData("被诫勉过，到现在也没整改到位", PriorMeasure.Admonished, false)]
    [InlineData("通报批评过后还是拖着没整改", PriorMeasure.Notified, false)]
    [InlineData("诫勉后过了期限还是没把问题解决", PriorMeasure.Admonished, false)]
    [InlineData("被通报后已经整改到位", PriorMeasure.Notified, true)]
    [InlineData("之前受过通报，到期还是没整改", PriorMeasure.Notified, false)]
    [InlineData("曾被诫勉，问题依然存在", PriorMeasure.Admonished, false)]
    [InlineData("受到诫勉后，整改目标仍未按期完成", PriorMeasure.Admonished, false)]
    public void ANegatedRectificationAndLooserWordsAfterAPriorMeasureReadAsNotRectified(string text, PriorMeasure prior, bool? rectified)
    {
        var facts = Extractor.Read(text);
        Assert.Equal(prior, facts.Prior);
        Assert.Equal(rectified, facts.Rectified);
    }

    [Fact]
    public void LooserWordsForTheFaultStillThereNeedAPriorMeasure()
    {
        // Without a prior measure, "过了期限没答复" tells the misconduct itself, not a failed rectification.
        Assert.Null(Extractor.Read("信访件过了期限没答复").Rectified);
        Assert.Contains("过了期限", Extractor.Residual("信访件过了期限没答复"));
    }

    [Theory]
    [InlineData("区政府开会一起拍板的旧改方案", true, false, false)]
    [InlineData("副镇长当场说了不同意，还记进了会议纪要", false, true, false)]
    [InlineData("强拆决定是副县长自己一个人签字批的，没上会", false, false, true)]
    [InlineData("开会研究怎么追责", false, false, false)]
    [InlineData("群众不同意补偿方案", false, false, false)]
    [InlineData("会上没人反对", false, false, false)]
    public void ReadsDecisionsAndObjectionsToldLoosely(string text, bool group, bool objection, bool personal)
    {
        var facts = Extractor.Read(text);
        Assert.Equal(group, facts.GroupDecision);
        Assert.Equal(objection, facts.Objection);
        Assert.Equal(personal, facts.PersonalDecision);
    }

    [Theory]
    [InlineData("把人锁在村部两天不让出门", true)]
    [InlineData("把上访的人打伤住院了，已经报警了", true)]
    [InlineData("私吞了群众的补偿款", true)]
    [InlineData("对上访群众态度恶劣，还骂人", false)]
    public void ReadsASuspectedCrimeToldInEverydayWords(string text, bool crime) =>
        Assert.Equal(crime, Extractor.Read(text).Crime);

    [Theory]
    [InlineData("某街道对集体访处置不力", Subject.Unit)]
    [InlineData("一名科长对信访部门提出的建议落实不力", Subject.Person)]
    [InlineData("某单位和直接责任人拒不执行", Subject.Both)]
    [InlineData("对信访部门提出的建议落实不力", Subject.Unknown)]
    [InlineData("镇政府和经办人都要追责，单位情节较轻", Subject.Both)]
    [InlineData("某县没落实上级意见，对县里分管领导个人怎么处理", Subject.Person)]
    [InlineData("县民政局捂着不报，对局里怎么处理", Subject.Unit)]
    public void ReadsSubject_IgnoringOtherBodies(string text, Subject expected) =>
        Assert.Equal(expected, Extractor.Read(text).Subject);

    [Fact]
    public void ReadsGroupDecisionObjectionAndAppeal()
    {
        var facts = Extractor.Read("班子集体研究决定，副县长提出明确反对意见，对决定不服");
        Assert.True(facts.GroupDecision);
        Assert.True(facts.Objection);
        Assert.True(facts.AsksAppeal);
        Assert.False(facts.PersonalDecision);
    }

    [Theory]
    [InlineData("村干部当场把群众的材料撕了还把人轰出去", "态度恶劣、简单粗暴")]
    [InlineData("街道把重大紧急信访信息捂着不报", "瞒报")]
    [InlineData("事情上了热搜", "负面舆情")]
    public void EverydayWordingIsRestatedInTheTextsTerms(string story, string term) =>
        Assert.Contains(term, new EverydayWording(loaded.Rules.Vocabulary).TermsIn(story));

    [Fact]
    public void RoughWordsCountOnlyWhenAimedAtAPetitioner() =>
        Assert.DoesNotContain("态度恶劣、简单粗暴", new EverydayWording(loaded.Rules.Vocabulary).TermsIn("一名干部在办公室辱骂同事"));

    [Theory]
    [InlineData("对诫勉决定不服，能申诉吗？", true)]
    [InlineData("申诉期间还执行吗", true)]
    [InlineData("受到信访工作责任追究的干部，当年的年度考核怎么办？", true)]
    [InlineData("危害严重，怎么处理，由谁决定？", false)]
    [InlineData("班子成员各承担什么责任？", false)]
    public void ProceduralQuestionsAreThoseThatAskNoMeasure(string text, bool procedural) =>
        Assert.Equal(procedural, Extractor.AsksProcedure(text));

    [Theory]
    [InlineData("某区年度考核不合格，对单位怎么处理，分管副区长也有责任", Subject.Unit)]
    [InlineData("县政府班子开会定的，有个副县长投了反对票，他要担责吗", Subject.Person)]
    public void TheQuestionsTargetWinsOverOtherMentions(string text, Subject expected) =>
        Assert.Equal(expected, Extractor.Read(text).Subject);
}
