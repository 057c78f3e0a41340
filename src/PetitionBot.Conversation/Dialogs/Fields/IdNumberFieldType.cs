using PetitionBot.Language.Identity;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A resident ID number, checked digit by digit (GB 11643-1999) with a real birth date.</summary>
public sealed class IdNumberFieldType : IFieldType
{
    public string Name => "id-number";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var today = DateOnly.FromDateTime(context.ReferenceTime.DateTime);
        // The whole answer checked as one number explains what is wrong (length, check digit, birth date).
        var check = IdNumberRecognizer.Recognize(text, today).FirstOrDefault()?.Value ?? ResidentIdNumber.Check(text.Trim(), today);
        if (!check.IsValid) return FieldReading.Fail(check.Reason ?? "身份证号不对。");
        return FieldReading.Ok(new FieldValue { Value = check.Normalized, Display = check.Normalized });
    }
}
