using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Tests.Corpus;

public class ClauseParserTests
{
    [Fact]
    public void ANewArticlesDocumentLoadsWithItsOwnStructure()
    {
        const string text = "某某规定\n\n第一章 总 则\n第一条 为了规范工作，制定本规定。\n第二章 责任\n第二条 有下列情形之一的，应当问责：\n(一) 推诿\n\n扯皮的；\n（二）弄虚作假的。\n第三条 本规定自发布之日起施行。";
        var result = ClauseParser.Parse("test-1", "某某规定", DocumentStructure.Articles, text);
        Assert.Equal(["test-1#1", "test-1#2", "test-1#2.1", "test-1#2.2", "test-1#3"], result.Clauses.Select(c => c.Id));
        Assert.Equal("推诿扯皮的；", result.Clauses[2].Text);
        Assert.Equal("第二章 责任", result.Clauses[2].Heading);
        Assert.Equal("", result.Preamble);
    }

    [Fact]
    public void ASectionsDocumentDropsWebNavigationAndKeepsTrailingParagraphsOnTheSection()
    {
        const string text = "您的位置: 首页\n->政策\n某意见\n发布时间:2020-01-01\n为做好工作，制定本意见。\n一、范围\n本意见适用于本省。\n二、监督\n(一)核查。要逐件\n\n核查。\n(二)追究。要问责。\n各部门应当配合。\n打印本页 关闭窗口";
        var result = ClauseParser.Parse("z", "某意见", DocumentStructure.Sections, text);
        Assert.Equal(["z#1", "z#2", "z#2.1", "z#2.2"], result.Clauses.Select(c => c.Id));
        Assert.Equal("为做好工作，制定本意见。", result.Preamble);
        Assert.Equal("二、(一)", result.Clauses[2].Label);
        Assert.Equal("核查。要逐件核查。", result.Clauses[2].Text);
        Assert.Equal("追究。要问责。", result.Clauses[3].Text);
        Assert.EndsWith("各部门应当配合。", result.Clauses[1].Text);
        Assert.Equal("二、监督", result.Clauses[1].Label);
    }

    [Fact]
    public void ANumberedPointsDocumentNumbersThroughItsSections()
    {
        const string text = "前言。\n一、甲部分\n1. 第一点，内容\n\n接续。\n2.第二点。\n二、乙部分\n3. 第三点。";
        var result = ClauseParser.Parse("j", "无", DocumentStructure.NumberedPoints, text);
        Assert.Equal(["j#1", "j#2", "j#3"], result.Clauses.Select(c => c.Id));
        Assert.Equal(["第1点", "第2点", "第3点"], result.Clauses.Select(c => c.Label));
        Assert.Equal("第一点，内容接续。", result.Clauses[0].Text);
        Assert.Equal("二、乙部分", result.Clauses[2].Heading);
    }

    [Fact]
    public void ArticleNumbersOutOfSequenceAreText()
    {
        const string text = "第一条 甲。\n第三条 乙。\n第二条 丙。";
        var result = ClauseParser.Parse("t", "无", DocumentStructure.Articles, text);
        Assert.Equal(["t#1", "t#2"], result.Clauses.Select(c => c.Id));
        Assert.Equal("甲。\n第三条 乙。", result.Clauses[0].Text);
    }

    [Fact]
    public void ATextWithoutClausesIsRejected() =>
        Assert.Throws<InvalidDataException>(() => ClauseParser.Parse("t", "无", DocumentStructure.Sections, "只有一段话。"));

    [Fact]
    public async Task AnUnknownStructureIsRejectedByName()
    {
        var folder = Directory.CreateTempSubdirectory("regs-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "index.json"),
                """{"documents":[{"id":"x","file":"x.txt","title":"X","jurisdiction":"全国","structure":"chapters"}]}""");
            await File.WriteAllTextAsync(Path.Combine(folder, "x.txt"), "第一条 甲。");
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => RegulationCorpus.LoadAsync(folder, CancellationToken.None));
            Assert.Contains("chapters", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
