namespace PetitionBot.Language.DateTimes;

/// <summary>Which dates exist, with the Chinese sentence to say when one does not.</summary>
internal static class CalendarRules
{
    public static string? CheckMonthDay(int month, int day)
    {
        if (month < 1 || month > 12)
        {
            return $"没有{month}月，月份只能是1到12月。";
        }
        if (day < 1)
        {
            return $"没有{day}日。";
        }
        var max = month == 2 ? 29 : DateTime.DaysInMonth(2025, month);
        return day > max ? $"{month}月没有{day}日。" : null;
    }

    public static string? CheckDate(int year, int month, int day)
    {
        if (year < 1900 || year > 2199)
        {
            return $"{year}年不是有效的年份。";
        }
        var monthDay = CheckMonthDay(month, day);
        if (monthDay is not null)
        {
            return monthDay;
        }
        return day > DateTime.DaysInMonth(year, month) ? $"{year}年2月没有29日（{year}年不是闰年）。" : null;
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
