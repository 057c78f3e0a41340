using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Numbers;

/// <summary>Whole numbers as article and item numbers write them.</summary>
public class ChineseNumeralWholeTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十二", 22)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("一百二十", 120)]
    [InlineData("两", 2)]
    public void Parses(string text, int expected) => Assert.Equal(expected, ChineseNumeral.ParseWhole(text));

    [Theory]
    [InlineData("")]
    [InlineData("十a")]
    [InlineData("第一")]
    public void RejectsNonNumerals(string text) => Assert.Null(ChineseNumeral.ParseWhole(text));

    [Fact]
    public void FormatRoundTripsThroughParse()
    {
        for (var n = 1; n <= 1200; n++)
            Assert.Equal(n, ChineseNumeral.ParseWhole(ChineseNumeral.Format(n)));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(16, "十六")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    public void FormatsAsArticleNumbersAreWritten(int n, string expected) => Assert.Equal(expected, ChineseNumeral.Format(n));
}
