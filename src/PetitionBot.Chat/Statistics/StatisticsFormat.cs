using System.Globalization;
using PetitionBot.Cases.Statistics;

namespace PetitionBot.Chat.Statistics;

/// <summary>How numbers and group names read in a statistics reply.</summary>
public static class StatisticsFormat
{
    /// <summary>A share as a percentage with one decimal ("7.5%"), whole when it is ("0%", "100%").</summary>
    public static string Percent(double share)
    {
        var value = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero);
        return value.ToString(value % 1 == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>"走访 52、来信 31": groups with counts, largest first, at most <paramref name="top"/> of them.</summary>
    public static string Counts(IEnumerable<CaseTally> groups, Func<string?, string> name, int top = 6) =>
        string.Join("、", groups.OrderByDescending(g => g.Total).ThenBy(g => g.Key, StringComparer.Ordinal).Take(top)
            .Select(g => $"{name(g.Key)} {g.Total}"));

    public static string Form(string? key, StatisticsVocabulary vocabulary) =>
        key is not null && vocabulary.Forms.TryGetValue(key, out var name) ? name : "其他";

    public static string Satisfaction(string? key, StatisticsVocabulary vocabulary) =>
        key is not null && vocabulary.Satisfaction.TryGetValue(key, out var name) ? name : "未评价";

    public static string Category(string? key) => string.IsNullOrWhiteSpace(key) ? "未分类" : key;

    public static string Day(DateOnly day) => $"{day.Month}月{day.Day}日";
}
