using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Tests.Model;

public class CaseNumberTests
{
    [Fact]
    public void Formats_year_and_six_digit_sequence() => Assert.Equal("XF-2026-000123", CaseNumber.Format(2026, 123));

    [Theory]
    [InlineData("xf-2026-000123", "XF-2026-000123")]
    [InlineData("XF－2026－000123", "XF-2026-000123")]
    [InlineData(" XF 2026 000123 ", "XF-2026-000123")]
    [InlineData("XF-2026-12", null)]
    [InlineData("2026-000123", null)]
    public void Normalizes_what_users_type(string text, string? expected) => Assert.Equal(expected, CaseNumber.Normalize(text));
}
