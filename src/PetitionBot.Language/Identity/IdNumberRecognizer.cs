using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>Finds ID-number-like digit runs in text and checks each; a near miss comes back with its reason.</summary>
public static partial class IdNumberRecognizer
{
    [GeneratedRegex(@"(?<![\dA-Za-z])(?:\d{6} \d{8} \d{3}[\dXx]|\d{13,18}[\dXx])(?![\dA-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate { get; }

    public static IReadOnlyList<Recognition<ResidentIdCheck>> Recognize(string text, DateOnly today) =>
        RecognizeFolded(text, TextNormalizer.Fold(text), today);

    /// <param name="folded"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<ResidentIdCheck>> RecognizeFolded(string text, string folded, DateOnly today)
    {
        var results = new List<Recognition<ResidentIdCheck>>();
        foreach (Match m in Candidate.Matches(folded))
        {
            var check = ResidentIdNumber.Check(m.Value, today);
            results.Add(new Recognition<ResidentIdCheck>(TextSpan.Of(text, m.Index, m.Index + m.Length), check, check.Reason));
        }
        return results;
    }
}
