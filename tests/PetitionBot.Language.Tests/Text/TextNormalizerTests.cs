using PetitionBot.Language.Text;

namespace PetitionBot.Language.Tests.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Fold_keeps_every_position()
    {
        const string input = "ＸＦ－２０２６，登記來訪：查詢進展？";
        var folded = TextNormalizer.Fold(input);
        Assert.Equal(input.Length, folded.Length);
        Assert.Equal("XF-2026,登记来访:查询进展?", folded);
    }

    [Fact]
    public void Compact_drops_spaces_and_punctuation() =>
        Assert.Equal("登记来访help", TextNormalizer.Compact("登 记，来访！ HELP"));
}
