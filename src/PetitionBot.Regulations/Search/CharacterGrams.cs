using System.Text;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// Index terms for Chinese without a word segmenter: single characters and adjacent pairs inside runs of
/// text; punctuation ends a run. Latin letters and digits form whole tokens.
/// </summary>
public static class CharacterGrams
{
    /// <summary>Runs of indexable text, split at punctuation and whitespace.</summary>
    public static IEnumerable<List<string>> Runs(string text)
    {
        var run = new List<string>();
        var token = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                token.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (token.Length > 0) { run.Add(token.ToString()); token.Clear(); }
            if (IsHan(c)) run.Add(c.ToString());
            else if (char.IsWhiteSpace(c)) continue; // typesetting spaces ("2017 年") do not end a run
            else if (run.Count > 0) { yield return run; run = []; }
        }
        if (token.Length > 0) run.Add(token.ToString());
        if (run.Count > 0) yield return run;
    }

    public static IEnumerable<string> Unigrams(string text) => Runs(text).SelectMany(r => r);

    public static IEnumerable<string> Bigrams(string text) =>
        Runs(text).SelectMany(r => r.Zip(r.Skip(1), (a, b) => a + b));

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
