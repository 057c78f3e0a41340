using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Numbers;

/// <summary>How many people: "六个人" → 6, "5人" → 5, "二十多人" → 20 (flagged approximate).</summary>
public static class PeopleCountRecognizer
{
    // The numbers are the number recognizer's own (3万, 壹佰零伍 …), plus 几 for "十几个人".
    private static readonly Regex CountPattern = new(
        @"(?<n>" + NumberRecognizer.Numeral + @"|[零〇一二三四五六七八九十百千万两俩仨几]+)\s*(?<approx>多|余|来)?\s*(?:个人|名|位|口人|人)(?!民|员|大|家|事|身|格|士)",
        RegexOptions.CultureInvariant);

    private static readonly Regex BarePattern = new(@"^\s*(?<n>" + NumberRecognizer.Numeral + @")\s*(?:个)?\s*$", RegexOptions.CultureInvariant);

    /// <summary>People counts in running text; a number needs a people word (人/名/位) after it.</summary>
    public static IReadOnlyList<Recognition<int>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<int>>();
        foreach (Match m in CountPattern.Matches(folded))
        {
            var (parsed, rough) = ParseCount(m.Groups["n"].Value);
            if (parsed is not { } value || value != Math.Floor(value) || value > int.MaxValue)
            {
                continue;
            }
            var approximate = m.Groups["approx"].Success || rough;
            results.Add(new Recognition<int>(TextSpan.Of(text, m.Index, m.Index + m.Length), (int)value,
                Error: value == 0 ? "人数至少是1人。" : null, Confidence: approximate ? 0.6 : 1.0, IsAmbiguous: approximate));
        }
        return results;
    }

    // "三五个人" is three to five (take five), "五六十人" fifty to sixty, "十几个人" ten-odd: all approximate.
    private static (decimal? Value, bool Approximate) ParseCount(string n)
    {
        if (n.Contains('几'))
        {
            var floor = n.Replace("几", "", StringComparison.Ordinal);
            return floor.Length > 0 && ChineseNumeral.TryParse(floor, out var least) && least > 0 ? (least, true) : (null, true);
        }
        if (n.Length >= 2 && ChineseNumeral.DigitValue(n[0]) is { } low and > 0 && ChineseNumeral.DigitValue(n[1]) is { } high && high > low && high - low <= 2 && !char.IsAsciiDigit(n[0]))
        {
            var upper = n[1..];
            return ChineseNumeral.TryParse(upper, out var value) ? (value, true) : (null, true);
        }
        return ChineseNumeral.TryParse(n, out var exact) ? (exact, false) : (null, false);
    }

    /// <summary>An answer to "几人？" may be a bare number ("6", "六").</summary>
    public static Recognition<int>? RecognizeAnswer(string text)
    {
        var found = Recognize(text);
        if (found.Count > 0)
        {
            return found[0];
        }
        var folded = TextNormalizer.Fold(text);
        var m = BarePattern.Match(folded);
        if (m.Success && ChineseNumeral.TryParse(m.Groups["n"].Value, out var value) && value == Math.Floor(value) && value <= int.MaxValue)
        {
            var g = m.Groups["n"];
            return new Recognition<int>(TextSpan.Of(text, g.Index, g.Index + g.Length), (int)value,
                Error: value == 0 ? "人数至少是1人。" : null, Confidence: 0.9);
        }
        return null;
    }
}
