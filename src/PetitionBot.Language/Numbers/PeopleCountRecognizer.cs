using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Numbers;

/// <summary>How many people: "六个人" → 6, "5人" → 5, "二十多人" → 20 (flagged approximate).</summary>
public static class PeopleCountRecognizer
{
    private static readonly Regex CountPattern = new(
        @"(?<![\d.])(?<n>\d+|[零〇一二三四五六七八九十百千两俩仨]+)\s*(?<approx>多|余|来)?\s*(?:个人|名|位|口人|人)(?!民|员|大|家|事|身|格|士)",
        RegexOptions.CultureInvariant);

    private static readonly Regex BarePattern = new(@"^\s*(?<n>\d+|[零〇一二三四五六七八九十百千两俩仨]+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>People counts in running text; a number needs a people word (人/名/位) after it.</summary>
    public static IReadOnlyList<Recognition<int>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<int>>();
        foreach (Match m in CountPattern.Matches(folded))
        {
            if (!ChineseNumeral.TryParse(m.Groups["n"].Value, out var value) || value != Math.Floor(value) || value > int.MaxValue)
            {
                continue;
            }
            var approximate = m.Groups["approx"].Success;
            results.Add(new Recognition<int>(TextSpan.Of(text, m.Index, m.Index + m.Length), (int)value,
                Error: value == 0 ? "人数至少是1人。" : null, Confidence: approximate ? 0.6 : 1.0, IsAmbiguous: approximate));
        }
        return results;
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
