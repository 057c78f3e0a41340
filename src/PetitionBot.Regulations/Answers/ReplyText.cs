using System.Text;

namespace PetitionBot.Regulations.Answers;

/// <summary>
/// Lays out every reply that cites clauses (regulation answers, the advisor's advice, possibly related clauses): the
/// answer, then one short line per source, "[n] 湖南办法 第七条". A clause is quoted once: a source the answer
/// already quotes is only named; one it does not (a national rule beside a local one, a related clause) carries its
/// quote. The full title travels in the citation entity and on the clause page.
/// </summary>
public static class ReplyText
{
    public static string Compose(string answer, IReadOnlyList<Citation> citations)
    {
        var text = new StringBuilder(answer.TrimEnd());
        foreach (var c in citations.OrderBy(c => c.Position))
        {
            text.Append('\n').Append($"[{c.Position}] {c.ShortLabel}");
            if (!c.InAnswer) text.Append($"：“{c.Quote}”");
        }
        return text.ToString();
    }
}
