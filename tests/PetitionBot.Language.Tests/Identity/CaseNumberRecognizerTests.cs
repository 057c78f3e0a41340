using PetitionBot.Language.Identity;

namespace PetitionBot.Language.Tests.Identity;

public sealed class CaseNumberRecognizerTests
{
    [Theory]
    [InlineData("xf2026000123到哪了")]
    [InlineData("ＸＦ－２０２６－０００１２３")]
    [InlineData("XF 2026 000123")]
    public void Tolerates_how_it_is_typed(string text) =>
        Assert.Equal("XF-2026-000123", Assert.Single(CaseNumberRecognizer.Recognize(text)).Value);

    [Fact]
    public void A_short_sequence_is_an_error_not_a_guess() =>
        Assert.False(Assert.Single(CaseNumberRecognizer.Recognize("XF-2026-123")).IsValid);

    [Fact]
    public void Formats_the_canonical_number() => Assert.Equal("XF-2026-000123", CaseNumberRecognizer.Format(2026, 123));
}
