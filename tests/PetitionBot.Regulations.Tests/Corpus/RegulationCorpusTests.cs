using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Tests.Corpus;

public class RegulationCorpusTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    private RegulationCorpus Corpus => loaded.Corpus;

    private static IEnumerable<string> Range(string doc, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(n => $"{doc}#{n}");

    private static IEnumerable<string> WithItems(string doc, int article, int items) =>
        new[] { $"{doc}#{article}" }.Concat(Enumerable.Range(1, items).Select(m => $"{doc}#{article}.{m}"));

    // Written by reading the texts, not by running the loader.
    public static TheoryData<string, string[]> ExpectedIds => new()
    {
        { "national-2016", [.. Range("national-2016", 1, 10), .. WithItems("national-2016", 11, 6), .. Range("national-2016", 12, 19)] },
        {
            "shanghai-2017",
            [
                .. Range("shanghai-2017", 1, 3), .. WithItems("shanghai-2017", 4, 3), .. WithItems("shanghai-2017", 5, 5),
                .. WithItems("shanghai-2017", 6, 2), .. WithItems("shanghai-2017", 7, 3), .. Range("shanghai-2017", 8, 11),
                .. WithItems("shanghai-2017", 12, 10), .. Range("shanghai-2017", 13, 17), .. WithItems("shanghai-2017", 18, 3),
                .. Range("shanghai-2017", 19, 22),
            ]
        },
        { "hunan-2016", [.. Range("hunan-2016", 1, 3), .. WithItems("hunan-2016", 4, 16), .. Range("hunan-2016", 5, 15)] },
        {
            "zhejiang-2017",
            [.. Range("zhejiang-2017", 1, 2), .. WithItems("zhejiang-2017", 3, 2), .. WithItems("zhejiang-2017", 4, 4), "zhejiang-2017#5"]
        },
        { "jiangsu-2003", [.. Range("jiangsu-2003", 1, 24)] },
    };

    [Theory]
    [MemberData(nameof(ExpectedIds))]
    public void EveryClauseIdIsFound(string documentId, string[] expected)
    {
        var actual = Corpus.ClausesOf(documentId).Select(c => c.Id).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LoadsAllFiveDocumentsWithTheirIndexData()
    {
        Assert.Equal(["national-2016", "shanghai-2017", "hunan-2016", "zhejiang-2017", "jiangsu-2003"], Corpus.Documents.Select(d => d.Id));
        Assert.Equal(["中央实施办法", "上海细则", "湖南办法", "浙江意见", "江苏意见"], Corpus.Documents.Select(d => d.ShortName));
        var shanghai = Corpus.FindDocument("shanghai-2017")!;
        Assert.Equal("沪委办〔2017〕68号", shanghai.DocumentNumber);
        Assert.Equal(new DateOnly(2017, 12, 15), shanghai.Effective);
        Assert.Equal(DocumentStructure.NumberedPoints, Corpus.FindDocument("jiangsu-2003")!.Structure);
    }

    // Heading and navigation lines as they stand in each file (compared without whitespace).
    public static TheoryData<string, string[]> NonClauseLines => new()
    {
        { "national-2016", ["第一章总则", "第二章责任内容", "第三章督查考核", "第四章责任追究", "第五章附则"] },
        { "shanghai-2017", ["上海市信访工作责任制实施细则", "第一章总则", "第二章责任内容", "第三章督查考核", "第四章责任追究", "第五章附则"] },
        {
            "hunan-2016",
            ["#中共湖南省委办公厅文件", "##中共湖南省委办公厅湖南省人民政府办公厅关于印发《湖南省信访工作责任追究办法》的通知", "#湖南省信访工作责任追究办法"]
        },
        {
            "zhejiang-2017",
            [
                "您的位置:首页", "->法规政策->制度文件", "关于严格落实初次信访事项工作责任的指导意见", "发布时间:2017-02-21", "打印本页关闭窗口",
                "一、总体要求", "二、事项范围", "三、责任界定", "四、责任监督", "五、组织领导",
            ]
        },
        {
            "jiangsu-2003",
            [
                "中共江苏省委江苏省人民政府关于进一步加强和改进信访工作的意见", "一、各级党委和政府要高度重视信访工作",
                "二、把信访工作的立足点放在为群众解决问题上", "三、全面落实信访工作领导责任制", "四、进一步健全各级党政领导信访接待日制度",
                "五、加大对重要信访问题的处理力度", "六、妥善处理好涉法信访问题", "七、进一步建立和完善信访工作的长效机制",
                "八、进一步加强基层和省直单位的信访工作", "九、加强信访部门自身建设和信访队伍建设",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(NonClauseLines))]
    public void NoTextIsLostOrDuplicated(string documentId, string[] nonClauseLines)
    {
        var raw = File.ReadAllLines(Path.Combine(LoadedCorpus.Folder, documentId + ".txt"));
        var marker = new Regex(@"^(\*\*第[一二三四五六七八九十]+条\*\*|第[一二三四五六七八九十]+条[\s\u3000]|\d+\.)");
        var removed = 0;
        var body = string.Concat(raw
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Where(l =>
            {
                var skip = nonClauseLines.Contains(Squeeze(l));
                if (skip) removed++;
                return !skip;
            })
            .Select(l => marker.Replace(l, "")));
        Assert.Equal(nonClauseLines.Length, removed);

        var document = Corpus.FindDocument(documentId)!;
        var articles = Corpus.ClausesOf(documentId).Where(c => !c.IsItem).Select(c => c.Text);
        Assert.Equal(Squeeze(body), Squeeze(document.Preamble + string.Concat(articles)));
    }

    [Fact]
    public void ItemsAreTheirArticlesTextInOrder()
    {
        foreach (var article in Corpus.Clauses.Where(c => !c.IsItem))
        {
            var at = 0;
            foreach (var item in Corpus.ItemsOf(article))
            {
                var found = article.Text.IndexOf(item.Text, at, StringComparison.Ordinal);
                Assert.True(found >= 0, $"{item.Id} not inside {article.Id}");
                at = found + item.Text.Length;
            }
        }
    }

    [Theory]
    [InlineData("national-2016#11.2", "第十一条第（二）项", "第四章 责任追究", "未按照规定受理、交办、转送和督办信访事项，或者不执行信访事项处理意见，严重损害信访群众合法权益的；")]
    [InlineData("national-2016#1", "第一条", "第一章 总则", null)]
    [InlineData("zhejiang-2017#4.4", "四、(四)", "四、责任监督", null)]
    [InlineData("zhejiang-2017#2", "二、事项范围", "二、事项范围", null)]
    [InlineData("jiangsu-2003#6", "第6点", "四、进一步健全各级党政领导信访接待日制度", null)]
    [InlineData("hunan-2016#4.12", "第四条第（十二）项", null, null)]
    [InlineData("shanghai-2017#12.9", "第十二条第（九）项", "第四章 责任追究", "对信访部门提出的改进工作、完善政策和给予处分等建议重视不够、落实不力，导致问题长期得不到解决的；")]
    public void ClausesCarryLabelHeadingAndOwnText(string id, string label, string? heading, string? text)
    {
        var clause = Corpus.FindClause(id)!;
        Assert.Equal(label, clause.Label);
        Assert.Equal(heading, clause.Heading);
        if (text is not null) Assert.Equal(text, clause.Text);
    }

    [Theory]
    [InlineData("shanghai-2017#3", "把群众合理合法利益诉求解决好，确保中央和市委")]
    [InlineData("shanghai-2017#5.3", "有关职能部门负责人参加")]
    [InlineData("shanghai-2017#7.1", "下级党委和政府落实")]
    [InlineData("shanghai-2017#12", "不履行或者未能正确履行")]
    [InlineData("hunan-2016#7", "具有本办法第四条所列情形的，给予诫勉谈话")]
    [InlineData("hunan-2016#12", "不停止责任追究决定的执行。")]
    [InlineData("jiangsu-2003#2", "对一时解决不了的问题")]
    [InlineData("jiangsu-2003#5", "五是迟报、漏报和瞒报")]
    [InlineData("jiangsu-2003#19", "“无口可归”")]
    public void PageBreaksInsideSentencesAreJoined(string id, string fragment) =>
        Assert.Contains(fragment, Corpus.FindClause(id)!.Text);

    [Fact]
    public void ArticleTextsHoldNoMarkupOrNavigation()
    {
        foreach (var clause in Corpus.Clauses)
        {
            Assert.DoesNotContain("**", clause.Text);
            Assert.DoesNotContain("打印本页", clause.Text);
            Assert.DoesNotContain("您的位置", clause.Text);
            Assert.DoesNotContain("\n\n", clause.Text);
            Assert.False(string.IsNullOrWhiteSpace(clause.Text), clause.Id);
        }
        Assert.DoesNotContain("发布时间", Corpus.FindDocument("zhejiang-2017")!.Preamble);
    }

    [Fact]
    public void ItemsPointToTheirArticleAndArticlesKeepTheirLead()
    {
        var item = Corpus.FindClause("national-2016#11.4")!;
        Assert.Equal("national-2016#11", item.ParentId);
        Assert.Equal("11.4", item.Fragment);
        Assert.EndsWith("有下列情形之一的，应当追究责任：", Corpus.FindClause("national-2016#11")!.Lead);
        Assert.Null(Corpus.FindClause("zhejiang-2017#4")!.Lead);
    }

    private static string Squeeze(string s) => Regex.Replace(s, @"[\s\u3000]+", "");
}
