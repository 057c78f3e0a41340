using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Answers;

/// <summary>
/// Picks the sentence of a clause that best answers the question and trims it for a phone screen; only words
/// of the clause are used, cuts are marked with "……".
/// </summary>
public static partial class ExtractiveSummary
{
    /// <summary>The best sentence of <paramref name="clause"/>, at most <paramref name="maxLength"/> characters plus
    /// any consequence an item needs to make sense ("…的，应当追究责任").</summary>
    public static string BestSentence(Clause clause, Clause? parent, SentenceScorer scorer, int maxLength)
    {
        var sentences = SentenceSplitter.Split(clause.Text).Select(StripItemMarker).ToList();
        var best = sentences.OrderByDescending(scorer.Score).ThenBy(s => sentences.IndexOf(s)).First();
        var core = Compress(best.TrimEnd('；', ';', '。'), scorer, maxLength);

        // An item is often only a condition ("…造成严重后果的"); its article's lead says what follows from it.
        if (clause.IsItem && parent?.Lead is { } lead && core.EndsWith('的'))
        {
            var m = ConsequencePattern().Match(lead);
            if (m.Success) return core + "，" + m.Groups["then"].Value.Trim();
        }
        if (clause.IsItem && parent?.Lead is { Length: <= 30 } shortLead && shortLead.EndsWith('：'))
            return shortLead + core;
        return core;
    }

    /// <summary>Up to <paramref name="maxLength"/> characters: whole sentences when they fit, else the best run of comma phrases.</summary>
    public static string Excerpt(string text, SentenceScorer scorer, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var sentences = SentenceSplitter.Split(text);
        var bestIndex = Enumerable.Range(0, sentences.Count).MaxBy(i => scorer.Score(sentences[i]));
        var picked = sentences[bestIndex];
        if (picked.Length > maxLength) return Compress(picked, scorer, maxLength);

        int from = bestIndex, to = bestIndex;
        while (true)
        {
            var grown = false;
            if (to + 1 < sentences.Count && Length(from, to + 1) <= maxLength) { to++; grown = true; }
            if (from > 0 && Length(from - 1, to) <= maxLength) { from--; grown = true; }
            if (!grown) break;
        }
        var body = string.Join("", sentences.Skip(from).Take(to - from + 1));
        return (from > 0 ? "……" : "") + body + (to < sentences.Count - 1 ? "……" : "");

        int Length(int a, int b) => sentences.Skip(a).Take(b - a + 1).Sum(s => s.Length) + 4;
    }

    /// <summary>The best-scoring run of comma phrases that fits, with "……" where text was left out.</summary>
    public static string Compress(string sentence, SentenceScorer scorer, int maxLength)
    {
        if (sentence.Length <= maxLength) return sentence;
        var phrases = PhraseBreak().Split(sentence).Where(p => p.Length > 0).ToList();
        var best = (From: 0, To: 0, Score: double.MinValue);
        for (var a = 0; a < phrases.Count; a++)
        {
            var length = 0;
            double score = 0;
            for (var b = a; b < phrases.Count; b++)
            {
                length += phrases[b].Length;
                if (length > maxLength - 4 && b > a) break;
                score += scorer.Score(phrases[b]);
                if (score > best.Score) best = (a, b, score);
            }
        }
        var text = string.Concat(phrases.Skip(best.From).Take(best.To - best.From + 1)).TrimEnd('，', ',', '、');
        if (text.Length > maxLength) text = text[..(maxLength - 2)];
        return (best.From > 0 ? "……" : "") + text + (best.To < phrases.Count - 1 ? "……" : "");
    }

    private static string StripItemMarker(string sentence) => ItemMarker().Replace(sentence, "");

    [GeneratedRegex(@"^[（(][\s\u3000]*[一二三四五六七八九十]+[\s\u3000]*[）)][\s\u3000]*")]
    private static partial Regex ItemMarker();

    // Splits after a comma so each phrase keeps its comma.
    [GeneratedRegex(@"(?<=[，,])")]
    private static partial Regex PhraseBreak();

    // "…有下列情形之一的，应当追究责任：" → "应当追究责任"
    [GeneratedRegex(@"的，(?<then>[^，：:]+)[：:]\s*$")]
    private static partial Regex ConsequencePattern();
}
