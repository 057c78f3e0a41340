using PetitionBot.Language.Identity;

namespace PetitionBot.Language.Tests.Identity;

public sealed class PhoneNumberRecognizerTests
{
    [Theory]
    [InlineData("1381234567", "手机号应为11位，刚才是10位。")]
    [InlineData("138123456789", "手机号应为11位，刚才是12位。")]
    public void A_wrong_digit_count_is_explained(string text, string reason) =>
        Assert.Equal(reason, Assert.Single(PhoneNumberRecognizer.Recognize(text)).Error);

    [Fact]
    public void Prefixes_and_separators_are_dropped()
    {
        var found = Assert.Single(PhoneNumberRecognizer.Recognize("电话 +86 138-1234-5678 谢谢"));
        Assert.Equal("13812345678", found.Value!.Digits);
        Assert.Equal("+86 138-1234-5678", found.Span.Text);
    }

    [Theory]
    [InlineData("021-12345678", "021-12345678")]
    [InlineData("(0571)87654321", "0571-87654321")]
    [InlineData("0571 8765 4321", "0571-87654321")]
    public void Landlines_keep_their_area_code(string text, string display)
    {
        var found = Assert.Single(PhoneNumberRecognizer.Recognize(text));
        Assert.Equal(PhoneKind.Landline, found.Value!.Kind);
        Assert.Equal(display, found.Value.Display);
    }

    [Fact]
    public void An_id_number_is_not_a_phone() => Assert.Empty(PhoneNumberRecognizer.Recognize("11010519491231002X"));
}
