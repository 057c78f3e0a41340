using System.Text.RegularExpressions;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Answers;

/// <summary>
/// Picks the sentence of a clause that best answers the question and trims it for a phone screen; only words
/// of the clause are used, cuts are marked with "……".
/// </summary>
public static partial class ExtractiveSummary
{
    // A pair found in only a few clauses (IDF ≥ 3.5 is about three of the corpus's clauses); it alone earns a sibling a place.
    private const double RarePair = 3.5;

    /// <summary>The best sentence of <paramref name="clause"/>, at most <paramref name="maxLength"/> characters plus
    /// any consequence an item needs to make sense ("…的，应当追究责任").</summary>
    public static string BestSentence(Clause clause, Clause? parent, SentenceScorer scorer, int maxLength)
    {
        var sentences = SentenceSplitter.Split(clause.Text).Select(StripItemMarker).ToList();
        var best = Enumerable.Range(0, sentences.Count).MaxBy(i => (scorer.Score(sentences[i]), -i));
        var core = Compress(sentences[best].TrimEnd('；', ';', '。'), scorer, maxLength);

        // A sibling sentence that answers what the best one leaves out ("情节较重的，…" after "情节较轻的，…").
        var rest = scorer.Without(sentences[best]);
        var sibling = Enumerable.Range(0, sentences.Count).Where(i => i != best).DefaultIfEmpty(-1).MaxBy(i => i < 0 ? (0, 0) : (rest.Score(sentences[i]), -i));
        if (sibling >= 0 && rest.RarestMatch(sentences[sibling]) >= RarePair && sentences[sibling].Length <= maxLength / 2)
        {
            var other = sentences[sibling].TrimEnd('；', ';', '。');
            var joiner = Math.Abs(sibling - best) == 1 ? "；" : "……";
            core = sibling < best ? other + joiner + core : core + joiner + other;
        }

        // An item is often only a condition ("…造成严重后果的"); its article's lead says what follows from it.
        if (clause.IsItem && parent?.Lead is { } lead && core.EndsWith('的'))
        {
            var m = ConsequencePattern().Match(lead);
            if (m.Success) return core + "，" + m.Groups["then"].Value.Trim();
        }
        if (clause.IsItem && parent?.Lead is { Length: <= 30 } shortLead && shortLead.EndsWith('：'))
            return shortLead + core;

        // The same inside one paragraph: "…下列情形之一的，要…进行责任追究：一是…；…；四是…的" lists its conditions inline.
        var inline = InlineEnumerator().Match(core);
        if (inline.Success && core.EndsWith('的'))
        {
            var listing = sentences.Take(best).LastOrDefault(s => s.Contains('：'));
            var m = listing is null ? Match.Empty : ConsequencePattern().Match(listing[..(listing.IndexOf('：') + 1)]);
            if (m.Success) return core[inline.Length..] + "，" + m.Groups["then"].Value.Trim();
        }
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

    /// <summary>Shortens a sentence to about <paramref name="maxLength"/> characters, keeping what scores best.</summary>
    public static string Compress(string sentence, SentenceScorer scorer, int maxLength)
    {
        if (sentence.Length <= maxLength) return sentence;

        // "…的，由…采取…措施": the part after the condition is what the rule says; keep it whole when it fits.
        var split = sentence.LastIndexOf("的，", StringComparison.Ordinal);
        if (split > 0 && sentence.Length - split - 2 <= maxLength - 24)
        {
            var consequence = sentence[(split + 1)..];
            return Window(sentence[..(split + 1)], scorer, maxLength - consequence.Length) + consequence;
        }
        return Window(sentence, scorer, maxLength);
    }

    /// <summary>The best-scoring run of comma phrases within <paramref name="maxLength"/>, "……" marking cuts.</summary>
    private static string Window(string text, SentenceScorer scorer, int maxLength)
    {
        if (text.Length <= maxLength) return text;
        var phrases = PhraseBreak().Split(text).Where(p => p.Length > 0).ToList();
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
        var window = string.Concat(phrases.Skip(best.From).Take(best.To - best.From + 1));
        var cutAfter = best.To < phrases.Count - 1;
        if (cutAfter) window = window.TrimEnd('，', ',', '、');
        if (window.Length > maxLength) window = window[..Math.Max(1, maxLength - 4)];
        return (best.From > 0 ? "……" : "") + window + (cutAfter ? "……" : "");
    }

    private static string StripItemMarker(string sentence) => ItemMarker().Replace(sentence, "");

    [GeneratedRegex(@"^[（(][\s\u3000]*[一二三四五六七八九十]+[\s\u3000]*[）)][\s\u3000]*")]
    private static partial Regex ItemMarker();

    // "四是" opening one of a paragraph's inline conditions.
    [GeneratedRegex(@"^[一二三四五六七八九十]+是")]
    private static partial Regex InlineEnumerator();

    // Splits after a comma so each phrase keeps its comma.
    [GeneratedRegex(@"(?<=[，,])")]
    private static partial Regex PhraseBreak();

    // "…有下列情形之一的，应当追究责任：" → "应当追究责任"
    [GeneratedRegex(@"的，(?<then>[^，：:]+)[：:]\s*$")]
    private static partial Regex ConsequencePattern();
}
