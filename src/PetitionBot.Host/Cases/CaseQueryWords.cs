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
}
