using PetitionBot.Language.Numbers;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>How many people came: 6 / 六个人 / 仨, shown with 人.</summary>
public sealed class PeopleCountFieldType : IFieldType
{
    public string Name => "people-count";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var found = PeopleCountRecognizer.RecognizeAnswer(text);
        // The error says what was wrong; the form adds the field's re-ask after it.
        if (found is null || !found.IsValid) return FieldReading.Fail(found?.Error ?? "没听出人数。");
        return NumberRange.Check(field, found.Value, $"{found.Value}人");
    }
}
