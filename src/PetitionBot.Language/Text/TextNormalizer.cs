using System.Text;

namespace PetitionBot.Language.Text;

/// <summary>
/// Folds the ways people type into one form. <see cref="Fold"/> keeps every character in
/// place (same length), so recognizer spans still point into the caller's text.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Full-width → half-width, traditional → simplified, Chinese punctuation → ASCII; same length as the input.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = FoldChar(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>Fold, then drop whitespace and punctuation and lower-case Latin letters: for keyword matching only.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static char FoldChar(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }
        return c switch
        {
            '\u3000' or '\u00A0' => ' ',
            '，' => ',',
            '。' or '｡' => '。',
            '：' => ':',
            '；' => ';',
            '？' => '?',
            '！' => '!',
            '（' => '(',
            '）' => ')',
            '“' or '”' or '「' or '」' => '"',
            '‘' or '’' => '\'',
            '—' or '–' or '‐' or '−' => '-',
            _ => TraditionalChinese.ToSimplified(c),
        };
    }
}
