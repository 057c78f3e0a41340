using PetitionBot.Language.DateTimes;

namespace PetitionBot.Language.Tests.DateTimes;

/// <summary>本周/上周/下周 + a weekday, with every day of one week as the reference day (weeks start on Monday).</summary>
public sealed class WeekEdgeTests
{
    private static readonly string[] DayNames = ["一", "二", "三", "四", "五", "六", "日"];

    public static IEnumerable<object[]> Cases()
    {
        var monday = new DateOnly(2026, 3, 16);
        for (var reference = 0; reference < 7; reference++)
        for (var target = 0; target < 7; target++)
        {
            var day = DayNames[target];
            yield return [reference, $"本周{day}", monday.AddDays(target)];
            yield return [reference, $"上周{day}", monday.AddDays(target - 7)];
            yield return [reference, $"下星期{day}", monday.AddDays(target + 7)];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_relative_weeks_from_any_day_of_the_week(int referenceOffset, string text, DateOnly expected)
    {
        var reference = new DateTimeOffset(2026, 3, 16 + referenceOffset, 10, 0, 0, TimeSpan.FromHours(8));
        var found = DateTimeRecognizer.RecognizeFirst(text, reference);
        Assert.NotNull(found);
        Assert.True(found.IsValid, found.Error);
        Assert.Equal(expected, found.Value!.Date);
    }
}
