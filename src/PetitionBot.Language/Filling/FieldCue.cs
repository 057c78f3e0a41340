namespace PetitionBot.Language.Filling;

/// <summary>
/// A word that announces a field. Labels (属地, 诉求) are dropped from the value; verbs that begin the
/// content itself (反映, 要求) are kept: "反映拖欠工资" is the whole demand.
/// </summary>
public sealed record FieldCue(string Word, bool KeepInValue = false)
{
    private static readonly string[] ContentVerbs = ["反映", "要求", "投诉", "举报", "请求", "希望", "申请", "控告", "检举", "建议", "反应"];

    /// <summary>A cue from a plain word, keeping it in the value when it is a verb that starts the content.</summary>
    public static FieldCue From(string word) => new(word, ContentVerbs.Contains(word));
}
