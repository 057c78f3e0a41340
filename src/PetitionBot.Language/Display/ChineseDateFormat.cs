namespace PetitionBot.Language.Display;

/// <summary>How dates read in replies: 2026年3月17日（周二）, 2026年3月17日（周二）15:00, 3月17日（周二）.</summary>
public static class ChineseDateFormat
{
    private static readonly string[] WeekdayNames = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Weekday(DateOnly date) => WeekdayNames[(int)date.DayOfWeek];

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日（{Weekday(date)}）";

    /// <summary>Without the year, for lists where the year is obvious.</summary>
    public static string ShortDate(DateOnly date) => $"{date.Month}月{date.Day}日（{Weekday(date)}）";

    public static string DateTime(DateOnly date, TimeOnly time) => $"{Date(date)}{time.Hour:D2}:{time.Minute:D2}";

    /// <summary>Shows the clock time as written in <paramref name="value"/>'s own offset (the user's local time).</summary>
    public static string DateTime(DateTimeOffset value) =>
        DateTime(DateOnly.FromDateTime(value.DateTime), TimeOnly.FromDateTime(value.DateTime));
}
