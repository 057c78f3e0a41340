using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>Six-character query codes from an alphabet without look-alikes (no 0/O, 1/I/L), e.g. 7K3Q9P.</summary>
public static partial class QueryCodeRecognizer
{
    /// <summary>The characters a query code may use; code generators should draw from this.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 6;

    [GeneratedRegex(@"(?<![A-Za-z0-9])[2-9A-HJKMNP-Za-hjkmnp-z]{6}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern { get; }

    public static IReadOnlyList<Recognition<string>> Recognize(string text) => RecognizeFolded(text, TextNormalizer.Fold(text));

    /// <param name="folded"><see cref="TextNormalizer.Fold"/> of <paramref name="text"/>, for callers that fold once for several recognizers.</param>
    internal static IReadOnlyList<Recognition<string>> RecognizeFolded(string text, string folded)
    {
        var results = new List<Recognition<string>>();
        foreach (Match m in Pattern.Matches(folded))
        {
            // Both a digit and a letter: keeps English words and plain numbers out.
            if (m.Value.Any(char.IsAsciiDigit) && m.Value.Any(char.IsAsciiLetter))
            {
                results.Add(new Recognition<string>(TextSpan.Of(text, m.Index, m.Index + m.Length), m.Value.ToUpperInvariant()));
            }
        }
        return results;
    }

    public static bool IsValid(string code) =>
        code.Length == Length && code.All(c => Alphabet.Contains(char.ToUpperInvariant(c)));
}
