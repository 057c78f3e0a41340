using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;
using PetitionBot.Language.Text;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// One spelling for comparing an answer with its clauses: full-width folded, whitespace removed, Chinese numerals
/// that count something (十五日, 第十二条, （二）) written in Arabic digits, 1.5万 written out, 天 read as 日.
/// Numerals inside words (一律, 统一, 之一) are left alone, since they count nothing.
/// </summary>
public static partial class NormalForm
{
    private const string NumeralChars = "零〇一二两三四五六七八九十百千万亿";

    public static string Of(string text, GuardVocabulary? vocabulary = null)
    {
        vocabulary ??= GuardVocabulary.Default;
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var f = TextNormalizer.FoldChar(c);
            if (!char.IsWhiteSpace(f)) folded.Append(f);
        }
        var withDigits = FoldNumerals(folded.ToString(), vocabulary);
        var expanded = TenThousands().Replace(withDigits, m =>
            (decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * (m.Groups["u"].Value == "亿" ? 100_000_000m : 10_000m))
            .ToString("0.##", CultureInfo.InvariantCulture));
        return FoldUnits(expanded, vocabulary);
    }

    private static string FoldNumerals(string text, GuardVocabulary vocabulary)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!NumeralChars.Contains(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && NumeralChars.Contains(text[end])) end++;
            var run = text[i..end];
            var counts = i > 0 && text[i - 1] == '第'
                         || i > 0 && text[i - 1] == '(' && end < text.Length && text[end] == ')'
                         || vocabulary.Counters.Any(c => string.CompareOrdinal(text, end, c, 0, c.Length) == 0);
            if (counts && ChineseNumeral.TryParse(run, out var value))
                result.Append(value.ToString("0.##", CultureInfo.InvariantCulture));
            else
                result.Append(run);
            i = end;
        }
        return result.ToString();
    }

    private static string FoldUnits(string text, GuardVocabulary vocabulary)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            result.Append(text[i]);
            if (char.IsAsciiDigit(text[i]) && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1]) && text[i + 1] != '.'))
            {
                var alias = vocabulary.UnitAliases.FirstOrDefault(a => string.CompareOrdinal(text, i + 1, a.Key, 0, a.Key.Length) == 0);
                if (alias.Key is not null)
                {
                    result.Append(alias.Value);
                    i += alias.Key.Length;
                }
            }
            i++;
        }
        return result.ToString();
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>[万亿])")]
    private static partial Regex TenThousands();
}
