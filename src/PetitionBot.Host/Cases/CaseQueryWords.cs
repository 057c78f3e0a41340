using PetitionBot.Language.Names;
using PetitionBot.Language.Text;

namespace PetitionBot.Host.Cases;

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

    /// <summary>The petitioner name a search asks for, or null.</summary>
    public static string? PetitionerName(string text)
    {
        var rest = TextNormalizer.Compact(text);
        foreach (var word in SearchWords)
            rest = rest.Replace(word, "", StringComparison.Ordinal);
        if (rest.Length == 0)
            return null;
        return PersonNameRecognizer.IsName(rest) ? rest : PersonNameRecognizer.Recognize(rest).FirstOrDefault(r => r.IsValid)?.Value;
    }
}
