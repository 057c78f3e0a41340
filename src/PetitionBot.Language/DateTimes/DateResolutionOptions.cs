namespace PetitionBot.Language.DateTimes;

/// <summary>How to resolve what the words leave open.</summary>
public sealed record DateResolutionOptions
{
    /// <summary>"3月5日" with no year: the most recent one (Past) or the next one (Future).</summary>
    public DatePreference Preference { get; init; } = DatePreference.Past;

    /// <summary>"三点" without 上午/下午 takes the reading inside these hours (3点 → 15:00), flagged ambiguous.</summary>
    public int DayStartHour { get; init; } = 8;

    public int DayEndHour { get; init; } = 18;

    /// <summary>Read "3.5" as 3月5日; only where a date is expected (a date question), since it is also a number.</summary>
    public bool AcceptMonthDotDay { get; init; }

    public static DateResolutionOptions Past { get; } = new();

    public static DateResolutionOptions Future { get; } = new() { Preference = DatePreference.Future };
}
