using PetitionBot.Language.Filling;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>An answer without the label cue it may start with ("属地 城关镇" → 城关镇); content verbs (反映拖欠工资) stay.</summary>
internal static class LeadingCue
{
    public static string Remove(string text, FormField field)
    {
        var value = text.Trim();
        foreach (var cue in field.Cues.Select(FieldCue.From).Where(c => !c.KeepInValue && value.StartsWith(c.Word, StringComparison.Ordinal)))
            value = value[cue.Word.Length..].TrimStart('：', ':', ' ', '是', '在');
        return value;
    }
}
