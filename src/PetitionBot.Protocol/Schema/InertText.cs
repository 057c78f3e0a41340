using System.Text;

namespace PetitionBot.Protocol.Schema;

/// <summary>
/// Text a user typed, made inert before it is shown to anyone: the characters markdown and HTML act on become their
/// full-width forms (［这里］（http://…）, ＜b＞, ＊), which no client renders as a link, tag or emphasis, whether it reads
/// the reply as plain text or as markdown, and which read naturally in Chinese. Line breaks become spaces.
/// </summary>
public static class InertText
{
    private const string Active = "\\`*_[]<>~|";

    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Active) < 0 && text.AsSpan().IndexOfAny('\n', '\r') < 0)
            return text ?? "";
        var inert = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            inert.Append(c switch
            {
                '\n' or '\r' => ' ',
                // The full-width block mirrors ASCII at a fixed distance (［ is [ + 0xFEE0).
                _ when Active.Contains(c) => (char)(c + 0xFEE0),
                _ => c,
            });
        }
        return inert.ToString();
    }
}
