using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>Several items in one answer, separated by 、，, or spaces.</summary>
public sealed class ListFieldType : IFieldType
{
    public string Name => "list";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var items = text.Split(['、', '，', ',', ';', '；', ' ', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) return FieldReading.Fail($"{field.Label}不能为空。");
        var array = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        return FieldReading.Ok(new FieldValue { Value = array, Display = string.Join("、", items) });
    }
}
