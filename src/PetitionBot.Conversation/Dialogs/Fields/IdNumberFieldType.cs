namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>An 18-character resident ID number with its check character (GB 11643-1999).</summary>
public sealed class IdNumberFieldType : IFieldType
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public string Name => "id-number";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var id = new string(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (id.Length != 18) return FieldReading.Fail($"身份证号应为18位，刚才是{id.Length}位。");
        if (!id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
            return FieldReading.Fail("身份证号只能是数字，最后一位可以是X。");
        if (!DateOnly.TryParseExact(id[6..14], "yyyyMMdd", out _))
            return FieldReading.Fail("身份证号里的出生日期不存在，请核对。");
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11] == id[17]
            ? FieldReading.Ok(new FieldValue { Value = id, Display = id })
            : FieldReading.Fail("身份证号校验位不对，可能有一位输错了。");
    }
}
