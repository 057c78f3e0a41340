using System.Text.RegularExpressions;

namespace PetitionBot.Conversation.Dialogs.Fields;

public sealed partial class PhoneFieldType : IFieldType
{
    public string Name => "phone";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var digits = Digits().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), "");
        if (digits.StartsWith("86") && digits.Length == 13) digits = digits[2..];
        if (Mobile().IsMatch(digits)) return FieldReading.Ok(new FieldValue { Value = digits, Display = digits });
        if (digits.StartsWith('0') && digits.Length is >= 10 and <= 12) return FieldReading.Ok(new FieldValue { Value = digits, Display = digits });
        if (digits.StartsWith('1')) return FieldReading.Fail($"手机号应为11位，刚才是{digits.Length}位。");
        return FieldReading.Fail("没有认出电话号码。");
    }

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
