using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Numbers;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("十二", 12)]
    [InlineData("一百零五", 105)]
    [InlineData("两千", 2000)]
    [InlineData("两千三", 2300)]
    [InlineData("三万五", 35000)]
    [InlineData("二〇二五", 2025)]
    [InlineData("3万", 30000)]
    [InlineData("1.5万", 15000)]
    [InlineData("零", 0)]
    [InlineData("仨", 3)]
    [InlineData("一万零五百", 10500)]
    public void Parses(string text, int expected)
    {
        Assert.True(ChineseNumeral.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("百")]
    [InlineData("万")]
    [InlineData("三三十")]
    [InlineData("1.2.3")]
    [InlineData("十x")]
    public void Rejects_what_is_not_a_number(string text) => Assert.False(ChineseNumeral.TryParse(text, out _));

    [Theory]
    [InlineData(11, "十一")]
    [InlineData(22, "二十二")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1005, "一千零五")]
    [InlineData(10010, "一万零一十")]
    [InlineData(0, "零")]
    public void Formats(long number, string expected) => Assert.Equal(expected, ChineseNumeral.Format(number));

    [Fact]
    public void Format_and_parse_agree_for_every_number_up_to_20000()
    {
        for (var n = 0; n <= 20_000; n++)
        {
            Assert.True(ChineseNumeral.TryParse(ChineseNumeral.Format(n), out var back), ChineseNumeral.Format(n));
            Assert.Equal(n, back);
        }
    }
}
