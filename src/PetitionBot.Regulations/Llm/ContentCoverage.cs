using PetitionBot.Language.Words;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// How much of a sentence its cited clause bears out: the share of its content words (function words, numbers and
/// answer scaffolding left out) found in the clause — as written, as the texts' thesaurus folds them (追责 ~ 责任追究),
/// or as an abbreviation whose characters all stand close together there (办结 ← 办理完结).
/// </summary>
public static class ContentCoverage
{
    public static (double Share, IReadOnlyList<string> Unsupported) Of(string sentence, CitedSource source, GuardVocabulary vocabulary)
    {
        var thesaurus = SynonymTable.Default;
        var sourceFolded = thesaurus.Normalize(source.Normal);
        var content = 0;
        var unsupported = new List<string>();
        foreach (var word in WordSegmenter.Cut(sentence))
        {
            var normal = NormalForm.Of(word, vocabulary);
            if (normal.Length == 0 || vocabulary.IgnoredWords.Contains(word) || IsNumberOrUnit(normal, vocabulary)) continue;
            content++;
            var folded = thesaurus.Normalize(normal);
            var supported = source.Normal.Contains(normal, StringComparison.Ordinal)
                            || folded.Length > 0 && sourceFolded.Contains(folded, StringComparison.Ordinal)
                            || normal.Length >= 2 && IsAbbreviationOf(normal, source.Normal);
            if (!supported) unsupported.Add(word);
        }
        return (content == 0 ? 1.0 : (content - unsupported.Count) / (double)content, unsupported);
    }

    private static bool IsNumberOrUnit(string normal, GuardVocabulary vocabulary) =>
        normal.All(c => char.IsAsciiDigit(c) || c == '.' || char.IsPunctuation(c) || char.IsSymbol(c) || "零〇一二两三四五六七八九十百千万亿第".Contains(c))
        || vocabulary.Counters.Contains(normal)
        || normal.TrimStart("0123456789.".ToCharArray()) is { Length: > 0 } rest && rest.Length < normal.Length && vocabulary.Counters.Contains(vocabulary.UnitAliases.GetValueOrDefault(rest, rest));

    /// <summary>Each character of the word occurs within a short reach (twice the word's length) of its first one.</summary>
    private static bool IsAbbreviationOf(string word, string source)
    {
        var reach = 2 * word.Length;
        for (var p = source.IndexOf(word[0]); p >= 0; p = source.IndexOf(word[0], p + 1))
        {
            var from = Math.Max(0, p - reach);
            var window = source.Substring(from, Math.Min(source.Length, p + reach + 1) - from);
            if (word.Skip(1).All(window.Contains)) return true;
        }
        return false;
    }
}
