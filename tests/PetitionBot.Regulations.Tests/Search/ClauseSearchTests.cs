using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Search;

public class ClauseSearchTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private ClauseSearch Search => new(loaded.Corpus);

    [Theory]
    [InlineData("第十一条", null, "national-2016#11")]
    [InlineData("第十一条是什么", null, "national-2016#11")]
    [InlineData("第十一条第（二）项", null, "national-2016#11.2")]
    [InlineData("第十一条第二项规定了啥", null, "national-2016#11.2")]
    [InlineData("上海细则第十八条", null, "shanghai-2017#18")]
    [InlineData("湖南办法第4条", null, "hunan-2016#4")]
    [InlineData("第十八条", "上海市", "shanghai-2017#18")]
    [InlineData("江苏意见第6点", null, "jiangsu-2003#6")]
    public void DirectReferencesResolveExactly(string query, string? jurisdiction, string expected)
    {
        var result = Search.Search(query, jurisdiction);
        Assert.NotNull(result.Query.DirectReference);
        Assert.Equal(expected, Assert.Single(result.Hits).Clause.Id);
    }

    [Fact]
    public void AReferenceInsideAQuestionIsSearchedNotResolved()
    {
        var result = Search.Search("对具有第十一条所列情形且危害严重、影响重大的，怎么处理？", "全国");
        Assert.Null(result.Query.DirectReference);
        Assert.Equal("national-2016#14", result.Hits[0].Clause.Id);
    }

    [Fact]
    public void AMissingArticleFindsNothing()
    {
        var result = Search.Search("上海细则第九十九条");
        Assert.False(result.HasGrounding);
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("上海", "shanghai-2017")]
    [InlineData("湖南", "hunan-2016")]
    [InlineData("江苏", "jiangsu-2003")]
    [InlineData("中央", "national-2016")]
    public void AJurisdictionInTheQuestionRanksItsDocumentFirst(string place, string documentId)
    {
        var result = Search.Search($"{place}：哪些情形要追究责任？");
        Assert.Equal(JurisdictionNames.Short(place), result.Query.Jurisdiction);
        Assert.Equal(documentId, result.Hits[0].Clause.DocumentId);
    }

    [Fact]
    public void ZhejiangQuestionsLeadWithZhejiang() =>
        Assert.Equal("zhejiang-2017#4.4", Search.Search("浙江：初次信访事项处理失职，造成矛盾激化，怎么追究责任").Hits[0].Clause.Id);

    [Fact]
    public void ACallerJurisdictionIsUsedWhenTheQuestionNamesNone()
    {
        Assert.Equal("hunan-2016", Search.Search("错误决策是班子成员个人决定的，追谁的责任", "湖南省").Hits[0].Clause.DocumentId);
        Assert.Equal("shanghai-2017", Search.Search("上海：错误决策由谁承担领导责任", "湖南省").Hits[0].Clause.DocumentId);
    }

    [Fact]
    public void NationalRulesAreOfferedBesideLocalOnes()
    {
        var result = Search.Search("上海每年至少组织几次专项督查");
        Assert.Equal("shanghai-2017#10", result.Hits[0].Clause.Id);
        Assert.Contains(result.Relevant, h => h.Clause.Id == "national-2016#9");
    }

    [Theory]
    [InlineData("领导干部被问责怎么办", "领导被追责")]
    [InlineData("集体上访处置不力", "集体访处置不力")]
    [InlineData("上访群众", "信访人")]
    public void SynonymsFoldTheWayTheIndexDoes(string query, string expectedTerms) =>
        Assert.Contains(expectedTerms, Search.Search(query).Query.Terms);

    [Fact]
    public void QuestionWordsAreRemoved()
    {
        var terms = Search.Search("请问信访部门有哪些职责吗？").Query.Terms;
        Assert.DoesNotContain("请问", terms);
        Assert.DoesNotContain("哪些", terms);
        Assert.DoesNotContain("吗", terms);
    }

    [Fact]
    public void SynonymsFindTheClauseWrittenWithTheOtherWord()
    {
        // The text says 集体访 and 追究责任; the question says 集体上访 and 问责.
        var result = Search.Search("集体上访负面舆情处置不力，事态扩大，要问责吗", "全国");
        Assert.Equal("national-2016#11.4", result.Hits[0].Clause.Id);
    }

    [Theory]
    [InlineData("信访人可以去法院起诉信访部门吗？")]
    [InlineData("信访事项办理要收费吗？")]
    [InlineData("匿名信访怎么处理")]
    [InlineData("网上信访怎么注册账号")]
    public void QuestionsTheTextsDoNotAnswerHaveNoGrounding(string query) =>
        Assert.False(Search.Search(query).HasGrounding);

    [Fact]
    public void AnArticleAndItsOwnItemDoNotBothRank()
    {
        var ids = Search.Search("对信访部门提出的改进工作建议落实不力，导致问题长期得不到解决", "全国").Hits.Select(h => h.Clause.Id).ToList();
        Assert.Contains("national-2016#11.5", ids);
        Assert.DoesNotContain("national-2016#11", ids);
    }

    [Fact]
    public void WithNoJurisdictionNamedTheNationalDocumentIsTheDefaultReading()
    {
        // national-2016#5 and shanghai-2017#6 say nearly the same about vertically managed departments.
        Assert.Equal("national-2016#5", Search.Search("垂直管理部门对本系统信访工作负什么责任").Hits[0].Clause.Id);
        Assert.Equal("shanghai-2017#6", Search.Search("上海垂直管理部门对本系统信访工作负什么责任").Hits[0].Clause.Id);
        Assert.Equal("shanghai-2017#6", Search.Search("垂直管理部门对本系统信访工作负什么责任", "上海市").Hits[0].Clause.Id);
    }

    [Fact]
    public void PairsAcrossFunctionCharactersCountLess()
    {
        Assert.True(FunctionCharacters.Default.Touches("在信"));
        Assert.False(FunctionCharacters.Default.Touches("信访"));
        // "在信访工作中" matches 第十六条 word for word, but the question is about what leading cadres must do (第四条).
        Assert.Equal("national-2016#4", Search.Search("各级领导干部在信访工作中应当做什么").Hits[0].Clause.Id);
    }
}
