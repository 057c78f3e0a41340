using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>Case numbers XF-YYYY-NNNNNN, however typed (xf2026000123, full-width, spaces); value is the canonical form.</summary>
public static partial class CaseNumberRecognizer
{
    [GeneratedRegex(@"(?<![A-Za-z0-9])[Xx][Ff]\s*[-_]?\s*(?<y>\d{4})\s*[-_]?\s*(?<n>\d{1,8})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern { get; }

    public static IReadOnlyList<Recognition<string>> Recognize(string text) => RecognizeFolded(text, TextNormalizer.Fold(text));

    /// <param name="folded"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<string>> RecognizeFolded(string text, string folded)
    {
        var results = new List<Recognition<string>>();
        foreach (Match m in Pattern.Matches(folded))
        {
            var span = TextSpan.Of(text, m.Index, m.Index + m.Length);
            var sequence = m.Groups["n"].Value;
            var canonical = $"{Prefix}-{m.Groups["y"].Value}-{sequence}";
            results.Add(sequence.Length == 6
                ? new Recognition<string>(span, canonical)
                : new Recognition<string>(span, canonical, "案件编号应为XF-年份-6位序号，如XF-2026-000123。", Confidence: 0.7));
        }
        return results;
    }

    /// <summary>The one definition of the number's shape: the store numbers cases with it, this reader reads it back.</summary>
    public static string Format(int year, long sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{sequence:D6}");

    private const string Prefix = "XF";
}
