using System.Globalization;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A date with a time of day, resolved against the user's "now".</summary>
public sealed class DateTimeFieldType : IFieldType
{
    public string Name => "datetime";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var reading = SimpleDateReader.Read(text, context.ReferenceTime, field.Past);
        if (reading.Error is not null) return FieldReading.Fail(reading.Error);
        var value = reading.Value!.Value;
        if (field.Past && value > context.ReferenceTime.AddMinutes(5))
            return FieldReading.Fail("这个时间还没到。");
        return FieldReading.Ok(new FieldValue
        {
            Value = value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Display = ChineseDateDisplay.DateTime(value),
        }, needsConfirmation: !reading.Exact);
    }
}
