using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Display;

/// <summary>Article numbers both ways: 11 ↔ 第十一条, 101 ↔ 第一百零一条; also 第11条.</summary>
public static partial class ArticleNumber
{
    [GeneratedRegex(@"^\s*第?\s*(?<n>\d+|[零〇一二三四五六七八九十百千两]+)\s*条?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePattern { get; }

    [GeneratedRegex(@"第\s*(?<n>\d+|[零〇一二三四五六七八九十百千两]+)\s*条", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleInText { get; }

    public static string ToChinese(int article)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(article);
        return $"第{ChineseNumeral.Format(article)}条";
    }

    /// <summary>"第二十二条", "第22条", "二十二" → 22.</summary>
    public static bool TryParse(string text, out int article)
    {
        article = 0;
        var m = ArticlePattern.Match(TextNormalizer.Fold(text ?? ""));
        if (!m.Success || !ChineseNumeral.TryParse(m.Groups["n"].Value, out var value) || value < 1 || value > 100_000 || value != Math.Floor(value))
        {
            return false;
        }
        article = (int)value;
        return true;
    }

    /// <summary>Every 第N条 in running text, with its number.</summary>
    public static IReadOnlyList<Recognition<int>> Recognize(string text) => RecognizeFolded(text, TextNormalizer.Fold(text));

    /// <param name="folded"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<int>> RecognizeFolded(string text, string folded)
    {
        var results = new List<Recognition<int>>();
        foreach (Match m in ArticleInText.Matches(folded))
        {
            if (ChineseNumeral.TryParse(m.Groups["n"].Value, out var value) && value >= 1 && value <= 100_000 && value == Math.Floor(value))
            {
                results.Add(new Recognition<int>(TextSpan.Of(text, m.Index, m.Index + m.Length), (int)value));
            }
        }
        return results;
    }
}
