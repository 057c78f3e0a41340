using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>Six-character query codes from an alphabet without look-alikes (no 0/O, 1/I/L), e.g. 7K3Q9P.</summary>
public static class QueryCodeRecognizer
{
    /// <summary>The characters a query code may use; code generators should draw from this.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 6;

    private static readonly Regex Pattern = new(@"(?<![A-Za-z0-9])[2-9A-HJKMNP-Za-hjkmnp-z]{6}(?![A-Za-z0-9])", RegexOptions.CultureInvariant);

    public static IReadOnlyList<Recognition<string>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
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
