using PetitionBot.Language.Display;

namespace PetitionBot.Language.Tests.Display;

public sealed class ArticleNumberTests
{
    [Theory]
    [InlineData(11, "第十一条")]
    [InlineData(22, "第二十二条")]
    [InlineData(101, "第一百零一条")]
    [InlineData(10, "第十条")]
    [InlineData(34, "第三十四条")]
    public void Both_ways(int number, string text)
    {
        Assert.Equal(text, ArticleNumber.ToChinese(number));
        Assert.True(ArticleNumber.TryParse(text, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Theory]
    [InlineData("第11条", 11)]
    [InlineData("二十二", 22)]
    [InlineData("第 二十 条", 20)]
    public void Parses_other_spellings(string text, int number)
    {
        Assert.True(ArticleNumber.TryParse(text, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Fact]
    public void Finds_articles_in_running_text()
    {
        var found = ArticleNumber.Recognize("依据《信访工作条例》第二十二条和第34条");
        Assert.Equal([22, 34], found.Select(f => f.Value));
    }

    [Fact]
    public void Rejects_non_articles() => Assert.False(ArticleNumber.TryParse("第零条", out _));
}
