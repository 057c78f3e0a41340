using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Named lists of regular expressions from the vocabulary (severity told with a degree word, whom a question is
/// about), matched on the folded text, whose commas still bound a phrase.
/// </summary>
public sealed class PatternTable(IReadOnlyDictionary<string, IReadOnlyList<string>> table)
{
    private readonly Dictionary<string, Regex[]> _patterns = table.ToDictionary(
        p => p.Key,
        p => p.Value.Select(r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))).ToArray());

    /// <summary>The names whose patterns match, in the table's order.</summary>
    public IReadOnlyList<string> Matching(string text)
    {
        var folded = TextNormalizer.Fold(text);
        return _patterns.Where(p => p.Value.Any(r => r.IsMatch(folded))).Select(p => p.Key).ToList();
    }
}
