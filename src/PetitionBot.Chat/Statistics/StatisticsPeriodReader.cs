using PetitionBot.Language.DateTimes;
using PetitionBot.Language.Text;

namespace PetitionBot.Chat.Statistics;

/// <summary>
/// Reads the period of a statistics request with the date recognizer ("上月", "11月", "今年", "上周", "10月到11月"),
/// plus the parts of a year it has no unit for (一季度, 上半年). Nothing said means this month. A period never runs
/// past today.
/// </summary>
public static class StatisticsPeriodReader
{
    private static readonly string[] RangeWords = ["到", "至", "-", "–", "—", "~", "～", ""];

    public static StatisticsPeriod Read(string text, DateTimeOffset reference, StatisticsVocabulary? vocabulary = null)
    {
        vocabulary ??= StatisticsVocabulary.Default;
        var today = DateOnly.FromDateTime(reference.DateTime);
        var compact = TextNormalizer.Compact(text);
        var dates = DateTimeRecognizer.Recognize(compact, reference).Where(r => r.IsValid && r.Value is not null).ToList();

        if (PartOfYear(compact, vocabulary) is { } part)
        {
            var year = dates.FirstOrDefault(d => d.Value!.Granularity == DateGranularity.Year)?.Value!.Date.Year ?? today.Year;
            var from = new DateOnly(year, part.FirstMonth, 1);
            return Clip(from, from.AddMonths(part.Months).AddDays(-1), $"{year}年{part.Label}", $"{year}年{part.Label}", true, today);
        }
        if (dates.Count == 0)
            return Clip(new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1), "本月", "本月", false, today);

        var first = Span(dates[0].Value!);
        // "10月到11月": from the first period's start to the second's end.
        if (dates.Count > 1 && Between(compact, dates[0].Span.End, dates[1].Span.Start))
        {
            var second = Span(dates[1].Value!);
            var range = $"{Name(first, today)}至{Name(second, today)}";
            return Clip(first.From, second.To, range, range, second.To.DayNumber - first.From.DayNumber > 80, today);
        }
        return Clip(first.From, first.To, Name(first, today), Name(first, today), first.Granularity == DateGranularity.Year, today);
    }

    private static StatisticsVocabulary.PartOfYear? PartOfYear(string compact, StatisticsVocabulary vocabulary) =>
        vocabulary.Quarters.FirstOrDefault(q => q.Words.Any(w => compact.Contains(w, StringComparison.OrdinalIgnoreCase)));

    private static bool Between(string compact, int end, int start) =>
        start >= end && RangeWords.Contains(compact[end..start], StringComparer.Ordinal);

    private sealed record DateSpan(DateOnly From, DateOnly To, DateGranularity Granularity);

    private static DateSpan Span(ResolvedDateTime date) => date.Granularity switch
    {
        DateGranularity.Year => new(new DateOnly(date.Date.Year, 1, 1), new DateOnly(date.Date.Year, 12, 31), date.Granularity),
        DateGranularity.Month => new(date.Date, date.Date.AddMonths(1).AddDays(-1), date.Granularity),
        DateGranularity.Week => new(date.Date, date.Date.AddDays(6), date.Granularity),
        _ => new(date.Date, date.Date, date.Granularity),
    };

    /// <summary>The period's name: 本月, 今年, 本周 while it runs (so buttons say it as people do), else its dates.</summary>
    private static string Name(DateSpan span, DateOnly today) => span.Granularity switch
    {
        _ when span.From <= today && today <= span.To && span.Granularity != DateGranularity.Day =>
            span.Granularity switch { DateGranularity.Year => "今年", DateGranularity.Month => "本月", _ => "本周" },
        DateGranularity.Year => $"{span.From.Year}年",
        DateGranularity.Month => $"{span.From.Year}年{span.From.Month}月",
        DateGranularity.Week => $"{span.From.Month}月{span.From.Day}日至{span.To.Month}月{span.To.Day}日",
        _ => $"{span.From.Month}月{span.From.Day}日",
    };

    private static StatisticsPeriod Clip(DateOnly from, DateOnly to, string label, string words, bool months, DateOnly today)
    {
        var running = to > today && from <= today;
        return new StatisticsPeriod(from, running ? today : to, running ? $"{label}（截至{today.Month}月{today.Day}日）" : label, words, months);
    }
}
