using System.Text;
using PetitionBot.Language.Text;
using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Accountability;

/// <summary>The words of a clause a rule rests on: the sentences holding its key phrases, in clause order, cut to fit.</summary>
public static class ClauseQuote
{
    public static string For(string clauseText, IReadOnlyList<string> keyPhrases, int maxLength)
    {
        var sentences = SentenceSplitter.Split(clauseText);
        var keys = keyPhrases.Select(Normalize).ToList();
        var picked = Enumerable.Range(0, sentences.Count)
            .Where(i => keys.Any(k => Normalize(sentences[i]).Contains(k, StringComparison.Ordinal)))
            .ToList();
        if (picked.Count == 0) return Clip(clauseText.Trim(), maxLength);

        var quote = new StringBuilder();
        for (var n = 0; n < picked.Count; n++)
        {
            if (n > 0 && picked[n] != picked[n - 1] + 1) quote.Append("……");
            quote.Append(sentences[picked[n]].Trim());
        }
        return Clip(quote.ToString(), maxLength);
    }

    /// <summary>
    /// Whitespace dropped and full-/half-width punctuation folded: the texts carry typesetting spaces ("在 30 日内")
    /// and one of them uses ASCII commas.
    /// </summary>
    public static string Normalize(string s) => TextNormalizer.Fold(string.Concat(s.Where(c => !char.IsWhiteSpace(c))));

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
