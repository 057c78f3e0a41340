using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.Dialogs.Fields;

public sealed class YesNoFieldType : IFieldType
{
    public string Name => "yes-no";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var command = FormCommand.Read(text);
        return command.Kind switch
        {
            FormCommandKind.Yes => FieldReading.Ok(new FieldValue { Value = JsonValue.Create(true), Display = "是" }),
            FormCommandKind.No => FieldReading.Ok(new FieldValue { Value = JsonValue.Create(false), Display = "否" }),
            _ when text.Trim() is "否" or "不" or "没有" => FieldReading.Ok(new FieldValue { Value = JsonValue.Create(false), Display = "否" }),
            _ => FieldReading.Fail("请回答“是”或“否”。"),
        };
    }
}
