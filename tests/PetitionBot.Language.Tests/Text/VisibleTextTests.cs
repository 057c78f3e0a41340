using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.Text;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("城关\u202E镇", "城关镇")]
    [InlineData("东关\u200B街道", "东关街道")]
    [InlineData("a\u0000b\u0007c", "abc")]
    [InlineData("第一行\r\n第二行", "第一行  第二行")]
    public void Hidden_characters_go_and_line_breaks_become_spaces(string typed, string visible) =>
        Assert.Equal(visible, VisibleText.Of(typed), StringComparer.Ordinal);

    [Fact]
    public void Visible_text_is_returned_as_it_is()
    {
        const string text = "王秀兰 13812345678 属地城关镇";
        Assert.Same(text, VisibleText.Of(text));
    }
}
