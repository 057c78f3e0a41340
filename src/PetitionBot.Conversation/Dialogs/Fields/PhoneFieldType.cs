using PetitionBot.Language.Identity;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A mainland mobile or a landline with its area code.</summary>
public sealed class PhoneFieldType : IFieldType
{
    public string Name => "phone";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var found = PhoneNumberRecognizer.Recognize(text).FirstOrDefault();
        if (found is null) return FieldReading.Fail("没有认出电话号码。");
        if (!found.IsValid || found.Value is null) return FieldReading.Fail(found.Error ?? "电话号码不对。");
        return FieldReading.Ok(new FieldValue { Value = found.Value.Digits, Display = found.Value.Display });
    }
}
