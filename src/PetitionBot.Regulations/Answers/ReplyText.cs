using System.Text;

namespace PetitionBot.Regulations.Answers;

/// <summary>Lays out a reply: the short answer, a blank line, then one quoted clause per line, each marked [n].</summary>
public static class ReplyText
{
    public static string Compose(string shortAnswer, IReadOnlyList<Citation> citations)
    {
        var text = new StringBuilder(shortAnswer.TrimEnd()).Append('\n');
        foreach (var c in citations.OrderBy(c => c.Position))
            text.Append('\n').Append($"[{c.Position}]{c.Label}：“{c.Quote}”");
        return text.ToString();
    }
}
