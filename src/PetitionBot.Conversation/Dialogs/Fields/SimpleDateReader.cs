using System.Globalization;
using System.Text.RegularExpressions;

namespace PetitionBot.Conversation.Dialogs.Fields;

/// <summary>Reads the common ways to say a date and time: ISO forms, 今天/昨天/前天, 3月17日, with 上午/下午 N点(半).</summary>
public static partial class SimpleDateReader
{
    public readonly record struct Result(DateTimeOffset? Value, bool Exact, string? Error);

    public static Result Read(string text, DateTimeOffset now, bool past)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (DateTimeOffset.TryParseExact(t, ["yyyy-MM-dd HH:mm", "yyyy-M-d H:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var iso))
            return new Result(new DateTimeOffset(iso.DateTime, now.Offset), true, null);

        DateOnly? date = null;
        var today = DateOnly.FromDateTime(now.DateTime);
        if (t.Contains("大前天")) date = today.AddDays(-3);
        else if (t.Contains("前天")) date = today.AddDays(-2);
        else if (t.Contains("昨天")) date = today.AddDays(-1);
        else if (t.Contains("今天")) date = today;
        var ymd = YearMonthDay().Match(t);
        if (ymd.Success)
        {
            var year = ymd.Groups["y"].Success ? int.Parse(ymd.Groups["y"].Value) : today.Year;
            var month = int.Parse(ymd.Groups["m"].Value);
            var day = int.Parse(ymd.Groups["d"].Value);
            if (month is < 1 or > 12) return new Result(null, false, $"没有{month}月。");
            if (day < 1 || day > System.DateTime.DaysInMonth(year, month)) return new Result(null, false, $"{month}月没有{day}日。");
            date = new DateOnly(year, month, day);
            if (!ymd.Groups["y"].Success && past && date > today) date = date.Value.AddYears(-1);
        }
        if (date is null) return new Result(null, false, "没有认出日期。");

        var time = TimeOfDay().Match(t);
        if (!time.Success) return new Result(new DateTimeOffset(date.Value.ToDateTime(TimeOnly.MinValue), now.Offset), false, null);
        var hour = int.Parse(time.Groups["h"].Value);
        var minute = time.Groups["min"].Success ? int.Parse(time.Groups["min"].Value) : time.Groups["half"].Success ? 30 : 0;
        var period = time.Groups["p"].Value;
        if (period is "下午" or "晚上" && hour < 12) hour += 12;
        if (hour > 23 || minute > 59) return new Result(null, false, "时间不对，请再说一次。");
        return new Result(new DateTimeOffset(date.Value.ToDateTime(new TimeOnly(hour, minute)), now.Offset), false, null);
    }

    [GeneratedRegex(@"(?:(?<y>\d{4})[年\-/.])?(?<m>\d{1,2})[月\-/.](?<d>\d{1,2})[日号]?")]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<p>上午|下午|晚上|中午|早上)?\s*(?<h>\d{1,2})(?:[点:：时](?:(?<min>\d{1,2})分?|(?<half>半))?)")]
    private static partial Regex TimeOfDay();
}
