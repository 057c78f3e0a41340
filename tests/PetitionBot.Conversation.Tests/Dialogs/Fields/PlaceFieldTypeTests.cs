using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;

namespace PetitionBot.Conversation.Tests.Dialogs.Fields;

public sealed class PlaceFieldTypeTests
{
    private static readonly FieldReadingContext Now = new(DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));
    private static readonly FormField Locality = new() { Name = "locality", Label = "属地", Type = "place", Prompt = "问题发生在哪里？", Cues = ["属地"] };
    private static readonly PlaceFieldType Places = new(["城关镇", "东关街道", "西关街道"]);

    [Theory]
    [InlineData("城关镇")]
    [InlineData("东关街道王家村3组")]
    [InlineData("建设路18号")]
    [InlineData("属地 西关街道")]
    public void A_place_name_is_taken_without_asking(string text)
    {
        var reading = Places.Read(text, Locality, Now);
        Assert.True(reading.Succeeded, reading.Error);
        Assert.False(reading.NeedsConfirmation);
    }

    [Fact]
    public void A_configured_place_without_a_suffix_is_taken()
    {
        var reading = new PlaceFieldType(["开发区管委会", "南湖"]).Read("南湖", Locality, Now);
        Assert.True(reading.Succeeded, reading.Error);
        Assert.False(reading.NeedsConfirmation);
    }

    [Theory]
    [InlineData("确认")]
    [InlineData("不知道")]
    public void A_word_that_is_no_place_is_only_kept_after_a_yes(string text)
    {
        var reading = Places.Read(text, Locality, Now);
        Assert.True(reading.NeedsConfirmation);
        Assert.Contains(text, reading.Question);
    }

    [Fact]
    public void The_closest_configured_places_are_offered()
    {
        var reading = Places.Read("东关", Locality, Now);
        Assert.True(reading.NeedsConfirmation);
        Assert.Equal("东关街道", reading.Suggestions!.First());
        Assert.DoesNotContain("城关镇", reading.Suggestions!);
    }

    [Theory]
    [InlineData("[东关街道](http://evil.example)")]
    [InlineData("<b>城关镇</b>")]
    [InlineData("http://evil.example/城关镇")]
    public void Links_and_markup_are_refused(string text)
    {
        var reading = Places.Read(text, Locality, Now);
        Assert.False(reading.Succeeded);
        Assert.Contains("地名", reading.Error);
    }
}
