using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Numbers;

/// <summary>Finds numbers written in Arabic, Chinese or mixed numerals (full-width digits too).</summary>
public static partial class NumberRecognizer
{
    /// <summary>A number as written: Arabic (with 万/亿 …), Chinese or financial numerals. Other recognizers build on it.</summary>
    public const string Numeral = @"(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?(?:[十百千万亿]+)?(?![\d])|[零〇一二三四五六七八九十百千万亿两俩仨壹贰叁肆伍陆柒捌玖拾佰仟]+";

    [GeneratedRegex(Numeral, RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern { get; }

    // Words whose numeral is not a quantity (一起 = together, 万一 = in case).
    private static readonly KeywordList NonNumberWords = new(
        ["一起", "一下", "一直", "一样", "一些", "一般", "一定", "一切", "统一", "万一", "一旦", "一致", "一律", "唯一", "一再", "一并", "第一时间", "一点点", "一边", "一度", "一向", "一方面", "三跨三分离", "一把手", "两委"]);

    public static IReadOnlyList<Recognition<decimal>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<decimal>>();
        bool[]? insideWord = null; // found once, on the first match
        foreach (Match m in NumberPattern.Matches(folded))
        {
            insideWord ??= NonNumberWords.CoveredPositions(folded);
            if (insideWord.AsSpan(m.Index, m.Length).Contains(true))
            {
                continue;
            }
            if (!ChineseNumeral.TryParse(m.Value, out var value))
            {
                continue;
            }
            var lone = m.Length == 1 && !char.IsAsciiDigit(m.Value[0]);
            results.Add(new Recognition<decimal>(TextSpan.Of(text, m.Index, m.Index + m.Length), value, Confidence: lone ? 0.7 : 1.0));
        }
        return results;
    }
}
