using PetitionBot.Language.Identity;

namespace PetitionBot.Language.Tests.Identity;

public sealed class QueryCodeRecognizerTests
{
    [Fact]
    public void Reads_a_code_in_any_case() => Assert.Equal("7K3Q9P", Assert.Single(QueryCodeRecognizer.Recognize("查询码7k3q9p")).Value);

    [Theory]
    [InlineData("7K3Q0P")] // 0 looks like O
    [InlineData("7K3QLP")] // L looks like 1
    [InlineData("ABCDEF")] // a word, no digit
    [InlineData("7K3Q9PX")] // too long
    public void Rejects_look_alikes_and_non_codes(string text) => Assert.Empty(QueryCodeRecognizer.Recognize(text));

    [Theory]
    [InlineData("查询码 ABCDEF", "ABCDEF")]
    [InlineData("查询码是234567", "234567")]
    public void A_code_called_a_query_code_is_read_even_without_both_digits_and_letters(string text, string code) =>
        Assert.Equal(code, Assert.Single(QueryCodeRecognizer.Recognize(text)).Value);

    [Fact]
    public void The_alphabet_has_no_look_alikes() =>
        Assert.DoesNotContain(QueryCodeRecognizer.Alphabet, c => "0O1IL".Contains(c));
}
