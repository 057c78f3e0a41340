namespace PetitionBot.Conversation.Dialogs.Fields;

public sealed class TextFieldType : IFieldType
{
    public string Name => "text";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var value = LeadingCue.Remove(text, field);
        return value.Length == 0
            ? FieldReading.Fail($"{field.Label}不能为空。")
            : FieldReading.Ok(new FieldValue { Value = value, Display = value });
    }
}
