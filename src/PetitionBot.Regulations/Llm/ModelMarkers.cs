using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Llm;

/// <summary>Models write citation markers in full-width brackets too (［1］, 【1】); they are read as [1].</summary>
public static partial class ModelMarkers
{
    public static string Normalize(string text) =>
        FullWidth().Replace(text, m => $"[{AsciiDigits(m.Groups[1].Value)}]");

    private static string AsciiDigits(string digits) =>
        string.Concat(digits.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c));

    [GeneratedRegex(@"[［【\[]\s*([0-9０-９]{1,2})\s*[］】\]]")]
    private static partial Regex FullWidth();
}
