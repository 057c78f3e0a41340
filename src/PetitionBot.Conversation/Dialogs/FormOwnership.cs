using PetitionBot.Language.Masking;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>What another member of a group chat is told when they answer a form someone else started.</summary>
public static class FormOwnership
{
    public static string OthersForm(FormFrame frame)
    {
        var who = PersonalDataMask.Name(frame.StartedByName) is { Length: > 0 } masked && IsChineseName(frame.StartedByName!) ? masked : "";
        return $"这一步由发起人{who}继续；您可以说“帮助”看看能做什么。";
    }

    // Only a person's name is masked and shown; an account id or a nickname in Latin letters is not shown at all.
    private static bool IsChineseName(string name) => name.Trim() is { Length: >= 2 and <= 6 } n && n.All(c => c is >= '\u4e00' and <= '\u9fff' or '·');
}
