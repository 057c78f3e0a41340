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
