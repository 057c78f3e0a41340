namespace PetitionBot.Regulations.Answers;

/// <summary>
/// The part of a clause's quote that the short answer has not already said, so that no words are shown twice: the
/// answer quotes a sentence (whole or shortened), the citation list quotes only the clause's other quoted sentences.
/// </summary>
public static class UnsaidQuote
{
    // A shortened sentence keeps its opening or its closing words; this many characters of either show it is in the answer.
    private const int Anchor = 8;

    // Fewer characters than this left unsaid are not quoted.
    private const int MinQuote = 12;

    /// <summary>The quote's sentences the answer does not hold, "……" marking what was left out; empty when it holds them all.</summary>
    public static string Of(string quote, string answer)
    {
        var said = Compact(answer);
        var sentences = SentenceSplitter.Split(quote);
        var unsaid = sentences.Select(s => !IsSaid(s, said)).ToList();
        // A heading-like sentence ("办理化解责任。") left over beside what was said is not worth quoting on its own.
        if (sentences.Where((s, i) => unsaid[i]).Sum(s => Compact(s).Trim('…').Length) < MinQuote) return "";

        var text = new System.Text.StringBuilder();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!unsaid[i]) continue;
            if (i > 0 && (text.Length == 0 || !unsaid[i - 1])) text.Append("……");
            text.Append(sentences[i].Trim('…'));
        }
        if (!unsaid[^1] || quote.EndsWith("……", StringComparison.Ordinal)) text.Append("……");
        return text.ToString().Replace("…………", "……", StringComparison.Ordinal);
    }

    private static bool IsSaid(string sentence, string said)
    {
        var s = Compact(sentence).Trim('…', '。', '；', ';');
        if (s.Length == 0) return true;
        if (s.Length <= Anchor * 2) return said.Contains(s, StringComparison.Ordinal);
        return said.Contains(s[..Anchor], StringComparison.Ordinal) || said.Contains(s[^Anchor..], StringComparison.Ordinal);
    }

    private static string Compact(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
