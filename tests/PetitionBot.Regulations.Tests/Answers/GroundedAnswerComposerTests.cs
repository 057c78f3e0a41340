using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Answers;

public class GroundedAnswerComposerTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private GroundedAnswerComposer Composer => new(new ClauseSearch(loaded.Corpus));

    [Fact]
    public void HunanOverdueCaseIsAnsweredFromItem12WithACitation()
    {
        var answer = Composer.Compose("湖南 信访事项逾期没办结 要追责吗");
        Assert.True(answer.IsGrounded);
        var first = answer.Citations[0];
        Assert.Equal("hunan-2016#4.12", first.ClauseId);
        Assert.Equal("《湖南省信访工作责任追究办法》第四条第（十二）项", first.Label);
        Assert.Equal("/regulations/hunan-2016#4.12", first.Url);
        Assert.Contains("逾期未办结", answer.DirectAnswer);
        Assert.Contains("[1]", answer.DirectAnswer);
        Assert.StartsWith(answer.DirectAnswer, answer.Text);
        // Quoted once, in the answer; the list only names the source.
        Assert.EndsWith("[1]。\n[1] 湖南办法 第四条第（十二）项", answer.Text);
    }

    [Fact]
    public void ASituationAndItsSeverityAreAnsweredFromTwoClauses()
    {
        var answer = Composer.Compose("按中央办法，某街道对集体访处置不力，事态扩大了，危害严重、影响重大，怎么追责？");
        Assert.True(answer.IsGrounded);
        Assert.Equal(["national-2016#11.4", "national-2016#14"], answer.Citations.Select(c => c.ClauseId));
        Assert.Contains("进行诫勉，督促限期整改[2]", answer.DirectAnswer);
    }

    [Fact]
    public void AnItemThatIsOnlyAConditionGetsItsArticlesConsequence()
    {
        var answer = Composer.Compose("对待信访群众态度恶劣、简单粗暴，造成严重后果的怎么办", "全国");
        Assert.Equal("national-2016#11.3", answer.Citations[0].ClauseId);
        Assert.Contains("造成严重后果的，应当追究责任[1]", answer.DirectAnswer);
    }

    [Fact]
    public void EveryMarkerHasACitationAndEveryCitationIsUsed()
    {
        foreach (var question in new[] { "上海每年至少组织几次专项督查", "湖南错误决策是班子成员个人决定的，追谁的责任？", "第十五条" })
        {
            var answer = Composer.Compose(question);
            var markers = CitationMarkers.Referenced(answer.Text);
            Assert.Equal(answer.Citations.Select(c => c.Position).Order(), markers.Order());
            Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Position));
            Assert.All(answer.Citations, c => Assert.True(c.Excerpt.Length <= 160));
            Assert.All(answer.Citations, c =>
            {
                var text = loaded.Corpus.FindClause(c.ClauseId)!.Text.Replace("\n", "");
                foreach (var piece in c.Quote.Replace("\n", "").Split("……", StringSplitOptions.RemoveEmptyEntries))
                    Assert.Contains(piece, text);
            });
        }
    }

    [Fact]
    public void LocalQuestionsQuoteNationalRulesBeside()
    {
        var answer = Composer.Compose("上海每年至少组织几次专项督查？");
        Assert.Equal("shanghai-2017#10", answer.Citations[0].ClauseId);
        Assert.Contains(answer.Citations, c => c.ClauseId == "national-2016#9");
        Assert.DoesNotContain("[2]", answer.DirectAnswer);
    }

    [Fact]
    public void WithoutGroundingItSaysSoNamesTheDocumentsAndCitesNothing()
    {
        // 律师 is in no clause, and 信访人 in too many to say which clause the question is about.
        var answer = Composer.Compose("信访人可以请律师吗");
        Assert.False(answer.IsGrounded);
        Assert.Empty(answer.Citations);
        Assert.DoesNotMatch(@"\[\d\]", answer.Text);
        Assert.Contains("没有找到", answer.Text);
        foreach (var name in new[] { "中央实施办法", "上海细则", "湖南办法", "浙江意见", "江苏意见" })
            Assert.Contains(name, answer.Text);
    }

    [Fact]
    public void AMissingArticleIsNamed()
    {
        var answer = Composer.Compose("上海细则第九十九条");
        Assert.False(answer.IsGrounded);
        Assert.Contains("《上海市信访工作责任制实施细则》中没有找到第九十九条", answer.Text);
    }

    [Fact]
    public void ADirectReferenceQuotesTheArticle()
    {
        var answer = Composer.Compose("第十二条");
        Assert.Equal("national-2016#12", Assert.Single(answer.Citations).ClauseId);
        Assert.StartsWith("中央实施办法第十二条规定：根据情节轻重", answer.DirectAnswer);
    }
}
