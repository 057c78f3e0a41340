using PetitionBot.Language.Identity;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A resident ID number, checked digit by digit (GB 11643-1999) with a real birth date.</summary>
public sealed class IdNumberFieldType : IFieldType
{
    public string Name => "id-number";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var today = DateOnly.FromDateTime(context.ReferenceTime.DateTime);
        var found = IdNumberRecognizer.Recognize(text, today).FirstOrDefault();
        if (found?.Value is not { } check) return FieldReading.Fail("没有认出身份证号。");
        if (!check.IsValid) return FieldReading.Fail(check.Reason ?? found.Error ?? "身份证号不对。");
        return FieldReading.Ok(new FieldValue { Value = check.Normalized, Display = check.Normalized });
    }
}
