using System.Globalization;
using System.Text.Json.Nodes;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A number in Arabic or Chinese numerals (12, 十二, 1.5万).</summary>
public sealed class NumberFieldType : IFieldType
{
    public string Name => "number";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var found = NumberRecognizer.Recognize(text).FirstOrDefault(r => r.IsValid);
        return found is null
            ? FieldReading.Fail("请说一个数字。")
            : NumberRange.Check(field, found.Value, found.Value.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Checks a number against the field's min and max.</summary>
internal static class NumberRange
{
    public static FieldReading Check(FormField field, decimal value, string display)
    {
        if (field.Min is { } min && value < min) return FieldReading.Fail($"{field.Label}不能小于{min}。");
        if (field.Max is { } max && value > max) return FieldReading.Fail($"{field.Label}不能大于{max}。");
        return FieldReading.Ok(new FieldValue { Value = JsonValue.Create(value), Display = display });
    }
}
