using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PetitionBot.Conversation.Dialogs.Fields;

public partial class NumberFieldType : IFieldType
{
    public virtual string Name => "number";

    protected virtual string Unit => "";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var match = Number().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        if (!match.Success || !decimal.TryParse(match.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return FieldReading.Fail($"请说一个数字{(Unit.Length > 0 ? "，如“6" + Unit + "”" : "")}。");
        if (field.Min is { } min && value < min) return FieldReading.Fail($"{field.Label}不能小于{min}。");
        if (field.Max is { } max && value > max) return FieldReading.Fail($"{field.Label}不能大于{max}。");
        return FieldReading.Ok(new FieldValue { Value = JsonValue.Create(value), Display = $"{value.ToString(CultureInfo.InvariantCulture)}{Unit}" });
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();
}
