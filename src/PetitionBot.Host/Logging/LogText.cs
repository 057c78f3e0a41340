using System.Text;

namespace PetitionBot.Host.Logging;

/// <summary>
/// Makes a logged value printable on one line: control characters (line breaks above all) and Unicode line
/// separators become visible escapes, so a value sent by a client cannot start a forged log entry.
/// </summary>
public static class LogText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Any(NeedsEscape))
            return value ?? "";
        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                case var other when NeedsEscape(other): text.Append(@"\u").Append(((int)other).ToString("x4")); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
