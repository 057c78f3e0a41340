using System.Text;

namespace PetitionBot.Protocol.Schema;

/// <summary>
/// Text a user typed, made safe to place inside a markdown reply (the Bot Framework's default text format): a typed
/// link, image, emphasis or HTML tag is shown as typed, not rendered for the next reader.
/// </summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>~|";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Special) < 0 && text.AsSpan().IndexOfAny('\n', '\r') < 0)
            return text ?? "";
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
                escaped.Append(' ');
            else
            {
                if (Special.Contains(c)) escaped.Append('\\');
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
