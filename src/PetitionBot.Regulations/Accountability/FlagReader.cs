using System.Text.RegularExpressions;
using PetitionBot.Language.Text;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Reads the yes/no facts of a description (a collective or one-man decision, an objection, a crime …) from the
/// vocabulary's phrases and, for facts told in looser order, its patterns.
/// </summary>
public sealed class FlagReader
{
    private readonly AdvisorVocabulary _vocabulary;
    private readonly Dictionary<string, Regex[]> _patterns;

    public FlagReader(AdvisorVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _patterns = vocabulary.FlagPatterns.ToDictionary(
            p => p.Key,
            p => p.Value.Select(r => new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))).ToArray());
    }

    /// <summary>Phrases are found in the text without punctuation; patterns on the folded text, whose commas bound a fact.</summary>
    public bool Has(string text, string flag) =>
        new PhraseScanner(text).ContainsAny(_vocabulary.Phrases(_vocabulary.Flags, flag))
        || (_patterns.TryGetValue(flag, out var patterns) && patterns.Any(p => p.IsMatch(TextNormalizer.Fold(text))));
}
