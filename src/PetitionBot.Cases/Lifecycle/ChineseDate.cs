using System.Globalization;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>Dates as they appear in refusal reasons, e.g. 2026年5月19日.</summary>
internal static class ChineseDate
{
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
