using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>Finds ID-number-like digit runs in text and checks each; a near miss comes back with its reason.</summary>
public static class IdNumberRecognizer
{
    private static readonly Regex Candidate = new(
        @"(?<![\dA-Za-z])(?:\d{6} \d{8} \d{3}[\dXx]|\d{13,18}[\dXx])(?![\dA-Za-z])",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<Recognition<ResidentIdCheck>> Recognize(string text, DateOnly today)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<ResidentIdCheck>>();
        foreach (Match m in Candidate.Matches(folded))
        {
            var check = ResidentIdNumber.Check(m.Value, today);
            results.Add(new Recognition<ResidentIdCheck>(TextSpan.Of(text, m.Index, m.Index + m.Length), check, check.Reason));
        }
        return results;
    }
}
