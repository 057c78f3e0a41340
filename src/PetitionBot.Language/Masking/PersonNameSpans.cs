using JiebaNet.Segmenter.PosSeg;
using PetitionBot.Language.Names;
using PetitionBot.Language.Words;

namespace PetitionBot.Language.Masking;

/// <summary>
/// Where personal names are in free text, for redaction: words jieba's part-of-speech tagger marks as person names
/// (nr) that begin with a known surname, and what the name recognizer finds at the start of a run or after a label
/// (来访人王秀兰, 张三反映…). The longer span wins where they overlap. Errs towards masking.
/// </summary>
public static class PersonNameSpans
{
    private const string PersonNameTag = "nr";

    // The tagger shares jieba's dictionary with WordSegmenter (loaded there first, with the texts' terms).
    private static readonly Lazy<PosSegmenter> Tagger = new(() =>
    {
        WordSegmenter.WarmUp();
        return new PosSegmenter();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock TaggerLock = new();

    /// <summary>Loads the tagger's tables now (about a second) instead of on the first text redacted.</summary>
    public static void WarmUp() => _ = Tagger.Value;

    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        var spans = new List<(int Start, int Length)>();
        foreach (var found in PersonNameRecognizer.Recognize(text))
        {
            spans.Add((found.Span.Start, found.Span.Length));
        }
        foreach (var (start, length) in Tagged(text))
        {
            var overlapping = spans.FindIndex(s => s.Start < start + length && start < s.Start + s.Length);
            if (overlapping < 0)
            {
                spans.Add((start, length));
            }
            else if (length > spans[overlapping].Length)
            {
                spans[overlapping] = (start, length);
            }
        }
        return spans.OrderBy(s => s.Start).ToList();
    }

    private static IEnumerable<(int Start, int Length)> Tagged(string text)
    {
        List<(string Word, string Flag)> tagged;
        lock (TaggerLock)
        {
            tagged = Tagger.Value.Cut(text, hmm: true).Select(p => (p.Word, p.Flag)).ToList();
        }
        var offset = 0;
        foreach (var (word, flag) in tagged)
        {
            var at = text.IndexOf(word, offset, StringComparison.Ordinal);
            if (at < 0)
            {
                yield break;
            }
            offset = at + word.Length;
            if (flag == PersonNameTag && word.Length >= 2 && ChineseSurnames.SurnameLength(word) > 0)
            {
                yield return (at, word.Length);
            }
        }
    }
}
