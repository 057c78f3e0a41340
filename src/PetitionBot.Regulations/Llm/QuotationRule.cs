using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Llm;

/// <summary>Whatever is quoted (“…”, ‘…’, 「…」, 『…』, "…") is in the cited clause word for word; an ellipsis may join pieces.</summary>
public sealed partial class QuotationRule : IGuardRule
{
    public string Name => "quotation";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        foreach (Match m in Quotation().Matches(sentence.Text))
        {
            var quoted = m.Groups.Values.Skip(1).First(g => g.Success).Value;
            foreach (var piece in Ellipsis().Split(quoted).Select(p => NormalForm.Of(p).Trim('"', '\'', ',', '。')).Where(p => p.Length >= 2))
                if (!source.Normal.Contains(piece, StringComparison.Ordinal))
                    return $"“{piece}”";
        }
        return null;
    }

    public static IEnumerable<string> QuotedSpans(string text) =>
        Quotation().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"“([^”]+)”|‘([^’]+)’|「([^」]+)」|『([^』]+)』|""([^""]+)""")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"…+|⋯+|\.{3,}")]
    private static partial Regex Ellipsis();
}
