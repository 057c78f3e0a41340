using PetitionBot.Language.Names;
using PetitionBot.Language.Text;

namespace PetitionBot.Chat.CaseQueries;

/// <summary>The words that pick an answer for a case query, beyond what intent routing tells.</summary>
public static class CaseQueryWords
{
    private static readonly string[] HistoryWords = ["完整记录", "全部记录", "办理记录", "历史记录", "办理过程", "来龙去脉", "历史"];
    private static readonly string[] MoreWords = ["查看更多", "更多", "下一页", "再看", "后面的", "继续看"];

    public static bool AsksHistory(string text) => HistoryWords.Any(TextNormalizer.Compact(text).Contains);

    public static bool AsksMore(string text)
    {
        var compact = TextNormalizer.Compact(text);
        return compact.Length <= 6 && MoreWords.Any(compact.Contains);
    }

    public static bool AsksCollective(string text) => TextNormalizer.Compact(text).Contains("集体访");

    // Said around a name in a search ("查一下王秀兰的案件"); 查 is also a surname, so these go before the name is read.
    private static readonly string[] SearchWords =
    [
        "帮我查一下", "帮我查", "查一下", "查询", "查查", "查下", "查看", "搜索", "找一下", "的案件", "的信访件", "的件", "案件", "信访人", "来访人", "姓名",
    ];

    // Asked after a name or about the case just shown ("王秀兰 进展", "这件到哪了").
    private static readonly string[] StatusWords =
        ["现在", "目前", "进展", "进度", "怎么样了", "怎么样", "到哪一步了", "到哪一步", "到哪了", "到哪", "情况", "状态"];

    // What is left of "刚才那件现在到哪了" once the search and status words are gone: nothing that names another case.
    private static readonly string[] LastCaseWords =
    [
        "刚才那件", "刚才那个件", "刚才的", "刚登记的那件", "刚登记的", "这个案子", "这个件", "这件", "那件", "该件", "本件", "刚才", "那个", "这个",
        "看看", "看下", "呢", "的", "了", "吗",
    ];

    /// <summary>
    /// Whether the message can only mean the case shown last ("查看案件", "这件到哪了"); a message with anything else in it
    /// (a name the recognizer could not read) must never be answered with another person's case.
    /// </summary>
    public static bool MeansTheLastCase(string text)
    {
        var rest = TextNormalizer.Compact(text);
        foreach (var word in SearchWords.Concat(StatusWords).Concat(LastCaseWords))
            rest = rest.Replace(word, "", StringComparison.Ordinal);
        return rest.Length == 0;
    }

    /// <summary>The petitioner name a search asks for, or null.</summary>
    public static string? PetitionerName(string text)
    {
        var rest = TextNormalizer.Compact(text);
        foreach (var word in SearchWords.Concat(StatusWords))
            rest = rest.Replace(word, "", StringComparison.Ordinal);
        if (rest.Length == 0)
            return null;
        return PersonNameRecognizer.IsName(rest) ? rest : PersonNameRecognizer.Recognize(rest).FirstOrDefault(r => r.IsValid)?.Value;
    }
}
