using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.Text;

public sealed class CharacterClassesTests
{
    [Theory]
    [InlineData("登记来访", false, false, false)]
    [InlineData("登记 3 人", true, true, false)]
    [InlineData("٣人", true, false, false)]
    [InlineData("xf", false, false, true)]
    [InlineData("XF-2026-000123", true, true, true)]
    public void Reads_digits_and_latin_letters(string folded, bool digit, bool asciiDigit, bool asciiLetter) =>
        Assert.Equal(new CharacterClasses(digit, asciiDigit, asciiLetter), CharacterClasses.Of(folded));
}
