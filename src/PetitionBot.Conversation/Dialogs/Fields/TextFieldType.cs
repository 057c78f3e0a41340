using PetitionBot.Language.Filling;

namespace PetitionBot.Conversation.Dialogs.Fields;

public sealed class TextFieldType : IFieldType
{
    public string Name => "text";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var value = text.Trim();
        // Label cues (属地 城关镇) are dropped; content verbs (反映拖欠工资) are part of the answer.
        foreach (var cue in field.Cues.Select(FieldCue.From).Where(c => !c.KeepInValue && value.StartsWith(c.Word, StringComparison.Ordinal)))
            value = value[cue.Word.Length..].TrimStart('：', ':', ' ', '是', '在');
        return value.Length == 0
            ? FieldReading.Fail($"{field.Label}不能为空。")
            : FieldReading.Ok(new FieldValue { Value = value, Display = value });
    }
}
