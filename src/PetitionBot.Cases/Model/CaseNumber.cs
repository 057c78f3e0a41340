using System.Globalization;
using System.Text.RegularExpressions;

namespace PetitionBot.Cases.Model;

/// <summary>信访件编号: XF-{year}-{sequence of six digits}, the sequence counted per year by the store.</summary>
public static partial class CaseNumber
{
    public const string Prefix = "XF";

    public static string Format(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:0000}-{sequence:000000}");

    /// <summary>Normalises what a user typed (lower case, full-width dash, spaces) or returns null.</summary>
    public static string? Normalize(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var sequence = long.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        return Format(year, sequence);
    }

    [GeneratedRegex(@"^XF\s*[-－—_]?\s*(?<year>\d{4})\s*[-－—_]?\s*(?<seq>\d{6,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
