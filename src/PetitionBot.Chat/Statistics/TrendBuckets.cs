using System.Globalization;
using PetitionBot.Cases.Statistics;

namespace PetitionBot.Chat.Statistics;

/// <summary>Sums the store's per-day counts into the months or weeks (Monday to Sunday) of a period, empty ones included.</summary>
public static class TrendBuckets
{
    public sealed record Bucket(DateOnly Start, string Label, int Total);

    public static IReadOnlyList<Bucket> Sum(IReadOnlyList<CaseTally> days, StatisticsPeriod period, bool byMonth)
    {
        var counts = days.Where(d => d.Key is not null)
            .ToDictionary(d => DateOnly.ParseExact(d.Key!, "yyyy-MM-dd", CultureInfo.InvariantCulture), d => d.Total);
        var buckets = new List<Bucket>();
        var start = byMonth ? new DateOnly(period.From.Year, period.From.Month, 1) : Monday(period.From);
        var years = period.From.Year != period.To.Year;
        while (start <= period.To)
        {
            var next = byMonth ? start.AddMonths(1) : start.AddDays(7);
            var total = counts.Where(c => c.Key >= start && c.Key < next).Sum(c => c.Value);
            var label = byMonth ? (years ? $"{start.Year % 100}年{start.Month}月" : $"{start.Month}月") : $"{start.Month}/{start.Day}";
            buckets.Add(new Bucket(start, label, total));
            start = next;
        }
        return buckets;
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
