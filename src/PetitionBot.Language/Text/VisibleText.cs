using System.Globalization;
using System.Text;

namespace PetitionBot.Language.Text;

/// <summary>
/// Typed text without what a reader cannot see: control characters and format characters (bidi overrides,
/// zero-width marks), which can make a stored value read differently from what it holds. Line breaks become spaces.
/// </summary>
public static class VisibleText
{
    public static string Of(string text)
    {
        if (!text.Any(IsHidden))
            return text;
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
                visible.Append(' ');
            else if (!IsHidden(c))
                visible.Append(c);
        }
        return visible.ToString();
    }

    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
