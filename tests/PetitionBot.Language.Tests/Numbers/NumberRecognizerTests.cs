using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Numbers;

public sealed class NumberRecognizerTests
{
    [Fact]
    public void Finds_every_number_with_its_span()
    {
        var found = NumberRecognizer.Recognize("拖欠６名工人工资共计4.2万元");
        Assert.Equal([6m, 42000m], found.Select(f => f.Value));
        Assert.Equal("4.2万", found[1].Span.Text);
    }

    [Fact]
    public void Words_with_numerals_are_not_numbers() => Assert.Empty(NumberRecognizer.Recognize("一起去，万一不行就一直等"));
}
