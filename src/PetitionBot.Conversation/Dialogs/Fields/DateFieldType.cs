using System.Globalization;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A calendar date (no time).</summary>
public sealed class DateFieldType : IFieldType
{
    public string Name => "date";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var reading = SimpleDateReader.Read(text, context.ReferenceTime, field.Past);
        if (reading.Error is not null) return FieldReading.Fail(reading.Error);
        var date = DateOnly.FromDateTime(reading.Value!.Value.DateTime);
        return FieldReading.Ok(new FieldValue
        {
            Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Display = ChineseDateDisplay.Date(date),
        }, needsConfirmation: !reading.Exact);
    }
}
