using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Identity;

/// <summary>
/// Six-character query codes from an alphabet without look-alikes (no 0/O, 1/I/L), e.g. 7K3Q9P. A code mixes digits
/// and letters (<see cref="IsDistinct"/>), which keeps English words and plain numbers out; one that does not (issued
/// before codes were made to mix) is read when the message calls it a 查询码.
/// </summary>
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
        var named = folded.Contains("查询码", StringComparison.Ordinal);
        foreach (Match m in Pattern.Matches(folded))
        {
            if (named || IsDistinct(m.Value))
            {
                results.Add(new Recognition<string>(TextSpan.Of(text, m.Index, m.Index + m.Length), m.Value.ToUpperInvariant()));
            }
        }
        return results;
    }

    /// <summary>Both a digit and a letter: what sets a code apart from a word or a number. Generators issue only these.</summary>
    public static bool IsDistinct(string code) => code.Any(char.IsAsciiDigit) && code.Any(char.IsAsciiLetter);

    public static bool IsValid(string code) =>
        code.Length == Length && code.All(c => Alphabet.Contains(char.ToUpperInvariant(c)));
}
