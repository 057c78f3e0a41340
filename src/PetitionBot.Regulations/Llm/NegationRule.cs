namespace PetitionBot.Regulations.Llm;

/// <summary>
/// A negation in the sentence (不, 未, 不得, 没有 …) stands in the cited clause with the word it negates, so
/// “应当追究” cannot come back as “不应追究”. Quoted words are left to <see cref="QuotationRule"/>.
/// </summary>
public sealed class NegationRule(GuardVocabulary vocabulary) : IGuardRule
{
    public string Name => "negation";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        var unquoted = QuotationRule.QuotedSpans(sentence.Text).Aggregate(sentence.Text, (t, q) => t.Replace(q, "§", StringComparison.Ordinal));
        var text = NormalForm.Of(unquoted, vocabulary);
        var i = 0;
        while (i < text.Length)
        {
            var negator = vocabulary.Negators.FirstOrDefault(n => string.CompareOrdinal(text, i, n, 0, n.Length) == 0);
            if (negator is null)
            {
                i++;
                continue;
            }
            // The negator with the character it negates: 不服, 不停, 未按, 不得以.
            var next = i + negator.Length;
            var probe = next < text.Length && text[next] is >= '\u4E00' and <= '\u9FFF' ? text.Substring(i, negator.Length + 1) : negator;
            if (!source.Normal.Contains(probe, StringComparison.Ordinal)) return probe;
            i += negator.Length;
        }
        return null;
    }
}
