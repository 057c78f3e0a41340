using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Tests.Model;

public class QueryCodeTests
{
    [Fact]
    public void Codes_avoid_look_alike_characters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => QueryCode.New()).ToList();
        Assert.All(codes, code =>
        {
            Assert.Equal(6, code.Length);
            Assert.DoesNotContain(code, c => "0O1IL".Contains(c));
            Assert.All(code, c => Assert.Contains(c, QueryCode.Alphabet));
        });
        Assert.True(codes.Distinct().Count() > 1990, "2000 random codes from 31^6 should almost never repeat");
    }

    [Fact]
    public void Every_code_is_one_the_chat_reads_in_a_message()
    {
        // All letters or all digits would read as a word or a number: about one draw in six, so 5,000 draws show it.
        foreach (var code in Enumerable.Range(0, 5000).Select(_ => QueryCode.New()))
            Assert.Equal(code, Assert.Single(PetitionBot.Language.Identity.QueryCodeRecognizer.Recognize($"{code} 查询")).Value);
    }

    [Theory]
    [InlineData("7k3q9p", "7K3Q9P")]
    [InlineData("7K3Q9O", null)] // O is not in the alphabet
    [InlineData("7K3Q9", null)]
    public void Normalizes_what_users_type(string text, string? expected) => Assert.Equal(expected, QueryCode.Normalize(text));
}
