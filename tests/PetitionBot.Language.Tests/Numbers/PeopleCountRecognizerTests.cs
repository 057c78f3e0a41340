using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.Tests.Numbers;

public sealed class PeopleCountRecognizerTests
{
    [Fact]
    public void Counts_need_a_people_word()
    {
        Assert.Empty(PeopleCountRecognizer.Recognize("买了5个"));
        Assert.Equal(6, Assert.Single(PeopleCountRecognizer.Recognize("一共六个人来访")).Value);
    }

    [Fact]
    public void Approximate_counts_are_flagged()
    {
        var found = Assert.Single(PeopleCountRecognizer.Recognize("二十多人"));
        Assert.Equal(20, found.Value);
        Assert.True(found.IsAmbiguous);
    }

    [Theory]
    [InlineData("三五个人", 5)]
    [InlineData("五六十人", 60)]
    [InlineData("十几个人", 10)]
    public void Rough_counts_are_flagged_not_misread(string text, int value)
    {
        var found = Assert.Single(PeopleCountRecognizer.Recognize(text));
        Assert.Equal(value, found.Value);
        Assert.True(found.IsAmbiguous);
    }

    [Fact]
    public void A_bare_number_answers_how_many()
    {
        Assert.Equal(6, PeopleCountRecognizer.RecognizeAnswer(" 6 ")!.Value);
        Assert.Equal(3, PeopleCountRecognizer.RecognizeAnswer("三")!.Value);
        Assert.Null(PeopleCountRecognizer.RecognizeAnswer("不知道"));
    }

    [Fact]
    public void Zero_people_is_an_error() => Assert.Equal("人数至少是1人。", Assert.Single(PeopleCountRecognizer.Recognize("0人")).Error);

    [Fact]
    public void Span_points_into_the_original_text()
    {
        var found = Assert.Single(PeopleCountRecognizer.Recognize("来了５人，反映问题"));
        Assert.Equal(new TextSpan(2, 2, "５人"), found.Span);
    }

    [Theory]
    [InlineData("3万", 30000)]
    [InlineData("3万人", 30000)]
    [InlineData("壹佰零伍", 105)]
    [InlineData("壹佰零伍人", 105)]
    [InlineData("12个", 12)]
    public void Counts_read_every_numeral_the_number_recognizer_reads(string text, int value) =>
        Assert.Equal(value, PeopleCountRecognizer.RecognizeAnswer(text)!.Value);
}
