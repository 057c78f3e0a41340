using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Dialogs.Fields;

namespace PetitionBot.Conversation.Tests.Dialogs.Fields;

public sealed class PeopleCountFieldTypeTests
{
    private static readonly FormField Field = new() { Name = "people", Label = "人数", Type = "people-count", Prompt = "一共几人来访？", Reprompt = "请说人数，如“6人”。", Min = 1, Max = 100000 };

    [Fact]
    public void A_failed_reading_gives_its_reason_not_the_re_ask_the_form_adds_after_it()
    {
        var reading = new PeopleCountFieldType().Read("不清楚", Field, new FieldReadingContext(DateTimeOffset.UnixEpoch));
        Assert.False(reading.Succeeded);
        Assert.DoesNotContain(Field.Reprompt!, reading.Error!);
    }

    [Theory]
    [InlineData("3万", "30000人")]
    [InlineData("壹佰零伍", "105人")]
    public void Large_and_financial_numerals_are_read(string text, string shown)
    {
        var reading = new PeopleCountFieldType().Read(text, Field, new FieldReadingContext(DateTimeOffset.UnixEpoch));
        Assert.True(reading.Succeeded, reading.Error);
        Assert.Equal(shown, reading.Value!.Display);
    }
}
