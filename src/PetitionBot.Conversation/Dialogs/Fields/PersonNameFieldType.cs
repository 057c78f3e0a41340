using System.Text.RegularExpressions;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A person's name: 2–5 Chinese characters (a middle dot allowed for minority names), or a Latin name.</summary>
public sealed partial class PersonNameFieldType : IFieldType
{
    public string Name => "person-name";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var t = text.Trim().TrimEnd('。', '.');
        foreach (var lead in new[] { "姓名", "名字", "叫", "是" })
            if (t.StartsWith(lead, StringComparison.Ordinal)) t = t[lead.Length..].TrimStart('：', ':', ' ');
        return ChineseName().IsMatch(t) || LatinName().IsMatch(t)
            ? FieldReading.Ok(new FieldValue { Value = t, Display = t })
            : FieldReading.Fail("这看起来不像姓名。");
    }

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,5}$|^[\u4e00-\u9fff]{1,4}[·•][\u4e00-\u9fff]{1,8}$")]
    private static partial Regex ChineseName();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z .'-]{1,40}$")]
    private static partial Regex LatinName();
}
