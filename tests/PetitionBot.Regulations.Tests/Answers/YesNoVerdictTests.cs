using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Answers;

public class YesNoVerdictTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private static string? Verdict(string question, string sentence) => YesNoVerdict.For(question, sentence, SynonymTable.Default);

    [Theory]
    [InlineData("湖南 信访事项逾期没办结 要追责吗", "对信访事项应当受理、登记、转送、交办、答复而未按照规定办理或者逾期未办结，造成不良影响或者严重后果的，应当进行信访工作责任追究", "要。")]
    [InlineData("打击报复信访人，会被问责吗？", "违反群众纪律，对待信访群众态度恶劣、简单粗暴或者打击报复信访人的，应当追究责任", "会。")]
    [InlineData("不服责任追究决定，可以申诉吗", "受到责任追究的人员对责任追究决定不服的，可以依据相关法律法规，提出申诉", "可以。")]
    [InlineData("要不要追究责任", "对发生的集体访处置不力，导致事态扩大，造成不良影响的，应当追究责任", "要。")]
    [InlineData("受到追究的单位当年还能评先进单位吗？", "受到信访工作责任追究的单位，当年不得评为年度信访工作先进单位", "不能。")]
    public void ASentenceThatSaysSoSettlesAYesNoQuestion(string question, string sentence, string expected) =>
        Assert.Equal(expected, Verdict(question, sentence));

    [Theory]
    [InlineData("情节较轻的怎么处理？", "由有管理权限的党政机关对相关责任人进行通报，限期整改")] // not a yes/no question
    [InlineData("信访事项办理要收费吗？", "对信访事项应当受理、登记、转送，应当追究责任")] // the sentence does not speak of fees
    [InlineData("不服决定要申诉吗", "受到责任追究的人员对责任追究决定不服的，可以提出申诉")] // may is not must
    [InlineData("主要领导要接访吗", "主要领导同志亲自过问重要问题，接访")] // 主要 and 重要 are not 要
    [InlineData("集体责任要追究到个人吗", "对错误决策提出明确反对意见而没有被采纳的，不承担领导责任，应当追究个人责任")] // a negation in the sentence
    public void OtherwiseThereIsNoVerdict(string question, string sentence) =>
        Assert.Null(Verdict(question, sentence));

    [Fact]
    public void TheComposedAnswerLeadsWithTheVerdictAndKeepsTheQuotedSentence()
    {
        var answer = new GroundedAnswerComposer(new ClauseSearch(loaded.Corpus)).Compose("湖南 信访事项逾期没办结 要追责吗");
        Assert.StartsWith("要。对信访事项应当受理", answer.DirectAnswer);
        Assert.Contains("逾期未办结", answer.DirectAnswer);
    }

    [Fact]
    public void AnArticleNamedOutrightGetsNoVerdict()
    {
        var answer = new GroundedAnswerComposer(new ClauseSearch(loaded.Corpus)).Compose("第十二条");
        Assert.StartsWith("中央实施办法第十二条规定", answer.DirectAnswer);
    }
}
