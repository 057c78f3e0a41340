using PetitionBot.Language.Names;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>A person's name, with the lead words people add (我叫, 姓名是) dropped.</summary>
public sealed class PersonNameFieldType : IFieldType
{
    private static readonly string[] LeadWords = ["姓名是", "姓名", "名字是", "名字", "我叫", "他叫", "她叫", "叫"];

    public string Name => "person-name";

    public FieldReading Read(string text, FormField field, FieldReadingContext context)
    {
        var name = text.Trim().TrimEnd('。', '.', '！');
        foreach (var lead in LeadWords.Where(l => name.StartsWith(l, StringComparison.Ordinal)))
        {
            name = name[lead.Length..].TrimStart('：', ':', ' ');
            break;
        }
        return PersonNameRecognizer.IsName(name, labelled: true)
            ? FieldReading.Ok(new FieldValue { Value = name, Display = name })
            : FieldReading.Fail("这看起来不像姓名。");
    }
}
