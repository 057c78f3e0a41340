using System.Text.RegularExpressions;
using PetitionBot.Regulations.Answers;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Splits a model-written answer into sentences at 。！？, line breaks and their ASCII forms (a ； joins clauses of one sentence). Markers right
/// after the end of a sentence ("…追究。[1]") belong to it, as do markers inside it ("…追究[1]。").
/// List numbering at the start of a line (1. 1、 （一） 一、) is dropped: it orders, it does not claim.
/// A bare verdict opening the answer without a marker (可以。 会。 需要。) is read with the sentence after it,
/// so that sentence's clause must bear it out too (a 不 in it must be there).
/// </summary>
public static partial class AnswerSentences
{
    public static IReadOnlyList<AnswerSentence> Split(string answer)
    {
        var sentences = new List<AnswerSentence>();
        var start = 0;
        var i = 0;
        while (i <= answer.Length)
        {
            if (i < answer.Length && !IsEnd(answer[i]))
            {
                i++;
                continue;
            }
            var end = Math.Min(i + 1, answer.Length);
            // Markers (and spaces) straight after the end still belong here.
            var trailing = TrailingMarkers().Match(answer, end);
            if (trailing.Success && trailing.Index == end) end += trailing.Length;
            Add(sentences, answer[start..end]);
            start = end;
            i = end;
            if (i == answer.Length) break;
        }
        return JoinVerdict(sentences);
    }

    private const int VerdictLength = 4;

    private static IReadOnlyList<AnswerSentence> JoinVerdict(List<AnswerSentence> sentences)
    {
        if (sentences.Count < 2 || sentences[0].Cites.Count > 0 || sentences[0].Text.Length > VerdictLength) return sentences;
        var joined = new AnswerSentence(sentences[0].Text + "，" + sentences[1].Text, sentences[1].Cites);
        return [joined, .. sentences.Skip(2)];
    }

    private static void Add(List<AnswerSentence> sentences, string raw)
    {
        var cites = CitationMarkers.Referenced(raw);
        var text = CitationMarkers.Marker().Replace(raw, "");
        text = ListNumbering().Replace(text, "").Trim();
        text = text.TrimEnd('。', '！', '？', '；', '!', '?', ';', '，', ',', '\n', '\r', ' ').Trim();
        if (text.Length == 0 && cites.Count == 0) return;
        if (text.Length == 0 && sentences.Count > 0)
        {
            // A marker standing alone on its line: it cites what came before.
            var last = sentences[^1];
            sentences[^1] = last with { Cites = last.Cites.Concat(cites).Distinct().ToList() };
            return;
        }
        sentences.Add(new AnswerSentence(text, cites));
    }

    private static bool IsEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '\n';

    [GeneratedRegex(@"[ \t]*(?:\[\d{1,2}\][ \t]*)+")]
    private static partial Regex TrailingMarkers();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[-*•·])\s*")]
    private static partial Regex ListNumbering();
}
