namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>Dates as users read them: 2026年3月17日（周二）, with 15:00 for times.</summary>
public static class ChineseDateDisplay
{
    private static readonly string[] WeekDays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日（{WeekDays[(int)date.DayOfWeek]}）";

    public static string DateTime(DateTimeOffset value) => $"{Date(DateOnly.FromDateTime(value.DateTime))} {value:HH:mm}";
}
