using System.Globalization;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Display;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A calendar date (no time); a date that does not exist is refused, never guessed.</summary>
public sealed class DateFieldType : IFieldType
{
    public string Name => "date";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var options = (field.Past ? DateResolutionOptions.Past : DateResolutionOptions.Future) with { AcceptMonthDotDay = true };
        var found = DateTimeRecognizer.RecognizeFirst(text, context.ReferenceTime, options);
        if (found is null) return FieldReading.Fail("没有认出日期。");
        if (!found.IsValid || found.Value is null) return FieldReading.Fail(found.Error ?? "日期不对。");
        var date = found.Value.Date;
        return FieldReading.Ok(new FieldValue
        {
            Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Display = ChineseDateFormat.Date(date),
        }, needsConfirmation: !DateTimeFieldType.NumericDateTime().IsMatch(text.Trim()));
    }
}
