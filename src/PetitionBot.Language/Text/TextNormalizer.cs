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
        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = FoldChar(source[i]);
            }
        });
    }

    /// <summary>Fold, then drop whitespace and punctuation and lower-case Latin letters: for keyword matching only.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Utterances are short: build on the stack, allocate only the result.
        var compact = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var raw in text)
        {
            var c = FoldChar(raw);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }
            compact[length++] = char.ToLowerInvariant(c);
        }
        return new string(compact[..length]);
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
