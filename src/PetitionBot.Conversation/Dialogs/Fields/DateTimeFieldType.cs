using System.Globalization;
using System.Text.RegularExpressions;
using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Display;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A date with a time of day (昨天下午三点, 3月16日 14:30), resolved against the user's "now".</summary>
public sealed partial class DateTimeFieldType : IFieldType
{
    public string Name => "datetime";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var options = (field.Past ? DateResolutionOptions.Past : DateResolutionOptions.Future) with { AcceptMonthDotDay = true };
        var found = DateTimeRecognizer.RecognizeFirst(text, context.ReferenceTime, options);
        if (found is null) return FieldReading.Fail("没有认出日期和时间。");
        if (!found.IsValid || found.Value is null) return FieldReading.Fail(found.Error ?? "日期不对。");
        var resolved = found.Value;
        var at = resolved.ToDateTimeOffset(context.ReferenceTime.Offset)
                 ?? new DateTimeOffset(resolved.Date.ToDateTime(TimeOnly.MinValue), context.ReferenceTime.Offset);
        if (field.Past && at > context.ReferenceTime.AddMinutes(5)) return FieldReading.Fail("这个时间还没到，请说已经发生的时间。");
        var display = resolved.HasTime ? ChineseDateFormat.DateTime(at) : ChineseDateFormat.Date(resolved.Date);
        // Plain numeric forms need no echo; anything interpreted (昨天, 下午, 三点 → 15:00) is confirmed.
        return FieldReading.Ok(new FieldValue
        {
            Value = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            Display = display,
        }, needsConfirmation: !NumericDateTime().IsMatch(text.Trim()));
    }

    [GeneratedRegex(@"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}:\d{2})?$")]
    internal static partial Regex NumericDateTime();
}
