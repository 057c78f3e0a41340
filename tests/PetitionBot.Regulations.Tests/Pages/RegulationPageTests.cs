using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;
using PetitionBot.Regulations.Pages;

namespace PetitionBot.Regulations.Tests.Pages;

public class RegulationPageTests(LoadedCorpus loaded) : IClassFixture<LoadedCorpus>
{
    [Theory]
    [InlineData("national-2016")]
    [InlineData("shanghai-2017")]
    [InlineData("hunan-2016")]
    [InlineData("zhejiang-2017")]
    [InlineData("jiangsu-2003")]
    public void EveryClauseHasAnElementWithItsFragmentAsId(string documentId)
    {
        var document = loaded.Corpus.FindDocument(documentId)!;
        var html = RegulationPage.Render(document, loaded.Corpus.Clauses);
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(loaded.Corpus.ClausesOf(documentId).Select(c => c.Fragment).Order(), ids.Order());
        Assert.Contains("<meta name=\"viewport\"", html);
        Assert.Contains($"<h1>{document.Title}</h1>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http", html.Replace("https://schema", "")); // self-contained: no external assets
    }

    [Fact]
    public void ShowsTitleIssuerDateAndTheArticle()
    {
        var document = loaded.Corpus.FindDocument("national-2016")!;
        var html = RegulationPage.Render(document, loaded.Corpus.Clauses);
        Assert.Contains("中共中央办公厅 国务院办公厅", html);
        Assert.Contains("2016年10月8日起施行", html);
        Assert.Contains("<h2>第四章 责任追究</h2>", html);
        Assert.Matches("<section class=\"clause\" id=\"11\">\\s*<h3><a href=\"#11\">第十一条</a></h3>", html);
        Assert.Contains("<p class=\"item\" id=\"11.2\">（二）未按照规定受理", html);
    }

    [Fact]
    public void EscapesText()
    {
        var document = new RegulationDocument { Id = "x", Title = "<b>规定</b>", ShortName = "x", Jurisdiction = "全国", Structure = DocumentStructure.Articles };
        var clause = new Clause { Id = "x#1", DocumentId = "x", Number = 1, Label = "第一条", Text = "a < b & \"c\"" };
        var html = RegulationPage.Render(document, [clause]);
        Assert.Contains("&lt;b&gt;规定&lt;/b&gt;", html);
        Assert.Contains("a &lt; b &amp; &quot;c&quot;", html);
        Assert.DoesNotContain("<b>规定", html);
    }
}
