using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.DateTimes;

/// <summary>Reads the date half of an expression at a position of folded text; the longest reading wins.</summary>
internal static partial class DatePartParser
{
    private const string YearToken = @"(?:(?<y>\d{4}|\d{2}|[零〇一二三四五六七八九]{4}|[零〇一二三四五六七八九]{2})\s*年|(?<ry>大前年|前年|去年|今年|明年|后年))";
    private const string MonthToken = @"(?<mt>(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?)";
    private const string RelativeMonthToken = @"(?<mt>(?<rm>上个月|上月|本月|这个月|这月|下个月|下月))";
    private const string DayToken = @"(?:\s*(?<d>\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*(?<ds>[日号])?)?";
    private const string NotPlace = "(?![楼院栋室房线门车口床码])";

    // Each pattern with where it can start: the first characters of its words, and the mark it needs after
    // leading digits. Chinese numerals are words here; only the regex class \d counts as digits.
    private static readonly AnchoredPattern IsoDate = new(IsoDateRegex, new(wordStarts: "", marksAfterDigits: "-/."));
    private static readonly AnchoredPattern YearMonthDay = new(YearMonthDayRegex, new("零〇一二三四五六七八九大前去今明后", "年"));
    private static readonly AnchoredPattern MonthDay = new(MonthDayRegex, new("一二三四五六七八九十", "月"));
    private static readonly AnchoredPattern RelativeMonthDay = new(RelativeMonthDayRegex, new("上本这下", ""));
    private static readonly AnchoredPattern DayOnly = new(DayOnlyRegex, new("零〇一二三四五六七八九十", "日号"));
    private static readonly AnchoredPattern MonthDotDay = new(MonthDotDayRegex, new("", "."));
    private static readonly AnchoredPattern RelativeDay = new(RelativeDayRegex, new("大前昨今当明后", ""));
    private static readonly AnchoredPattern Week = new(WeekRegex, new("上下本这周星礼", ""));
    private static readonly AnchoredPattern Offset = new(OffsetRegex, new("零〇一二三四五六七八九十两半", "个星礼周天日年"));

    // Declared after the patterns they list.
    public static IReadOnlyList<AnchoredPattern> Patterns { get; } =
        [IsoDate, YearMonthDay, MonthDay, RelativeMonthDay, DayOnly, MonthDotDay, RelativeDay, Week, Offset];

    /// <summary>Where any date can start.</summary>
    public static ExpressionStart Start { get; } = ExpressionStart.Union(Patterns.Select(p => p.Start));

    [GeneratedRegex(@"\G(?<y>\d{4})(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})(?!\d)(?:\s*[日号])?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateRegex { get; }

    [GeneratedRegex(@"\G" + YearToken + @"(?:\s*" + MonthToken + DayToken + ")?", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDayRegex { get; }

    [GeneratedRegex(@"\G" + MonthToken + DayToken, RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayRegex { get; }

    [GeneratedRegex(@"\G" + RelativeMonthToken + DayToken, RegexOptions.CultureInvariant)]
    private static partial Regex RelativeMonthDayRegex { get; }

    [GeneratedRegex(@"\G(?<d>\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*(?<ds>[日号])(?![前后内以之])" + NotPlace, RegexOptions.CultureInvariant)]
    private static partial Regex DayOnlyRegex { get; }

    [GeneratedRegex(@"\G(?<m>\d{1,2})\.(?<d>\d{1,2})(?![\d.万元块亿千百%个人倍米])(?:\s*(?<ds>[日号]))?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDotDayRegex { get; }

    [GeneratedRegex(@"\G(?:大前天|前天|昨天|昨日|昨儿|今天|今日|今儿|当天|当日|明天|明日|明儿|大后天|后天|今早|今晨|今晚|昨晚|昨夜|明早|明晚)", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDayRegex { get; }

    [GeneratedRegex(@"\G(?<mod>上上个|上上|下下个|下下|上个|下个|上|下|本|这个|这)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])?", RegexOptions.CultureInvariant)]
    private static partial Regex WeekRegex { get; }

    [GeneratedRegex(@"\G(?<n>\d+|[零〇一二三四五六七八九十两]+|半)\s*(?<u>个半月|个星期|个礼拜|个月|星期|礼拜|周|天|日|年)(?<dir>以前|之前|前|以后|之后|后)", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetRegex { get; }

    // After a day written without 日/号 ("3月5"), these mean the number was not a day ("3月5人").
    private const string NotADayAfter = "0123456789人个名位天周年月点时分岁元块万千百多余来.";

    public static DatePart? Parse(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        DatePart? best = null;
        foreach (var candidate in Candidates(s, pos, today, options))
        {
            if (candidate is not null && (best is null || candidate.End > best.End))
            {
                best = candidate;
            }
        }
        return best;
    }

    private static IEnumerable<DatePart?> Candidates(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        yield return ParseIso(s, pos);
        yield return ParseYearMonthDay(s, pos, today);
        yield return ParseMonthDay(s, pos, today, options);
        yield return ParseRelativeMonthDay(s, pos, today);
        yield return ParseDayOnly(s, pos, today, options);
        yield return ParseMonthDotDay(s, pos, today, options);
        yield return ParseRelativeDay(s, pos, today);
        yield return ParseWeek(s, pos, today, options);
        yield return ParseOffset(s, pos, today);
    }

    private static DatePart? ParseIso(string s, int pos)
    {
        var m = IsoDate.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        return Exact(m.Index + m.Length, Int(m, "y"), Int(m, "m"), Int(m, "d"));
    }

    private static DatePart? ParseYearMonthDay(string s, int pos, DateOnly today)
    {
        var m = YearMonthDay.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        int year;
        if (m.Groups["y"].Success)
        {
            var yText = m.Groups["y"].Value;
            if (yText.Length == 2 && !m.Groups["mt"].Success)
            {
                return null; // "10年" is ten years, not 2010
            }
            year = Num(yText);
            if (yText.Length == 2)
            {
                year += 2000;
            }
        }
        else
        {
            year = today.Year + m.Groups["ry"].Value switch
            {
                "大前年" => -3,
                "前年" => -2,
                "去年" => -1,
                "明年" => 1,
                "后年" => 2,
                _ => 0,
            };
        }
        if (!m.Groups["mt"].Success)
        {
            var yearEnd = m.Index + m.Length;
            return year is < 1900 or > 2199
                ? new DatePart(yearEnd, default, DateGranularity.Year, $"{year}年不是有效的年份。")
                : new DatePart(yearEnd, new DateOnly(year, 1, 1), DateGranularity.Year);
        }
        var month = Num(m.Groups["m"].Value);
        var (day, end) = DayOf(s, m);
        if (day is null)
        {
            var error = month is < 1 or > 12 ? CalendarRules.CheckMonthDay(month, 1) : CalendarRules.CheckDate(year, month, 1);
            return error is not null
                ? new DatePart(end, default, DateGranularity.Month, error)
                : new DatePart(end, new DateOnly(year, month, 1), DateGranularity.Month);
        }
        return Exact(end, year, month, day.Value);
    }

    private static DatePart? ParseMonthDay(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        var m = MonthDay.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var month = Num(m.Groups["m"].Value);
        var (day, end) = DayOf(s, m);
        var past = options.Preference == DatePreference.Past;
        if (day is null)
        {
            if (month is < 1 or > 12)
            {
                return new DatePart(end, default, DateGranularity.Month, CalendarRules.CheckMonthDay(month, 1));
            }
            var year = past
                ? (month <= today.Month ? today.Year : today.Year - 1)
                : (month >= today.Month ? today.Year : today.Year + 1);
            return new DatePart(end, new DateOnly(year, month, 1), DateGranularity.Month);
        }
        var error = CalendarRules.CheckMonthDay(month, day.Value);
        if (error is not null)
        {
            return new DatePart(end, default, DateGranularity.Day, error);
        }
        var thisYear = (month, day.Value).CompareTo((today.Month, today.Day));
        var chosenYear = past
            ? (thisYear <= 0 ? today.Year : today.Year - 1)
            : (thisYear >= 0 ? today.Year : today.Year + 1);
        return Exact(end, chosenYear, month, day.Value);
    }

    private static DatePart? ParseRelativeMonthDay(string s, int pos, DateOnly today)
    {
        var m = RelativeMonthDay.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var shift = m.Groups["rm"].Value switch
        {
            "上个月" or "上月" => -1,
            "下个月" or "下月" => 1,
            _ => 0,
        };
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(shift);
        var (day, end) = DayOf(s, m);
        return day is null
            ? new DatePart(end, first, DateGranularity.Month)
            : Exact(end, first.Year, first.Month, day.Value);
    }

    private static DatePart? ParseDayOnly(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        var m = DayOnly.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var day = Num(m.Groups["d"].Value);
        var end = m.Index + m.Length;
        if (day is < 1 or > 31)
        {
            return new DatePart(end, default, DateGranularity.Day, $"没有{day}日，一个月最多31日。");
        }
        var first = new DateOnly(today.Year, today.Month, 1);
        if (options.Preference == DatePreference.Past && day > today.Day)
        {
            first = first.AddMonths(-1);
        }
        else if (options.Preference == DatePreference.Future && day < today.Day)
        {
            first = first.AddMonths(1);
        }
        return Exact(end, first.Year, first.Month, day) with { Confidence = 0.9 };
    }

    private static DatePart? ParseMonthDotDay(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        var m = MonthDotDay.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var month = Num(m.Groups["m"].Value);
        var day = Num(m.Groups["d"].Value);
        if (CalendarRules.CheckMonthDay(month, day) is not null)
        {
            return null; // "3.45" is a number, not a bad date
        }
        var resolved = ParseMonthDay($"{month}月{day}日", 0, today, options)!;
        return resolved with { End = m.Index + m.Length, IsMonthDotDay = true, Confidence = 0.8 };
    }

    private static DatePart? ParseRelativeDay(string s, int pos, DateOnly today)
    {
        var m = RelativeDay.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var word = m.Value;
        var shift = word[0] switch
        {
            '大' => word[1] == '前' ? -3 : 3,
            '前' => -2,
            '昨' => -1,
            '明' => 1,
            '后' => 2,
            _ => 0,
        };
        DayPeriod? period = word switch
        {
            "今早" or "今晨" or "明早" => DayPeriod.Morning,
            "今晚" or "昨晚" or "昨夜" or "明晚" => DayPeriod.Evening,
            _ => null,
        };
        return new DatePart(m.Index + m.Length, today.AddDays(shift), DateGranularity.Day, Period: period);
    }

    private static DatePart? ParseWeek(string s, int pos, DateOnly today, DateResolutionOptions options)
    {
        var m = Week.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var hasModifier = m.Groups["mod"].Success;
        var hasWeekday = m.Groups["wd"].Success;
        if (!hasModifier && (!hasWeekday || (pos > 0 && "一二三四五六七八九十两几每数个".Contains(s[pos - 1]))))
        {
            return null; // "一周" is a duration, "每周一" a recurrence
        }
        var weeks = m.Groups["mod"].Value switch
        {
            "上上个" or "上上" => -2,
            "上个" or "上" => -1,
            "下个" or "下" => 1,
            "下下个" or "下下" => 2,
            _ => 0,
        };
        var monday = CalendarRules.MondayOf(today).AddDays(7 * weeks);
        var end = m.Index + m.Length;
        if (!hasWeekday)
        {
            return new DatePart(end, monday, DateGranularity.Week);
        }
        var weekday = m.Groups["wd"].Value[0] switch
        {
            '日' or '天' or '7' => 7,
            var c when char.IsAsciiDigit(c) => c - '0',
            var c => ChineseNumeral.DigitValue(c) ?? 1,
        };
        var date = monday.AddDays(weekday - 1);
        if (!hasModifier)
        {
            // A bare 周三 is this week's, unless that lands on the wrong side of today.
            if (options.Preference == DatePreference.Past && date > today)
            {
                date = date.AddDays(-7);
            }
            else if (options.Preference == DatePreference.Future && date < today)
            {
                date = date.AddDays(7);
            }
            return new DatePart(end, date, DateGranularity.Day, Confidence: 0.9);
        }
        return new DatePart(end, date, DateGranularity.Day);
    }

    private static DatePart? ParseOffset(string s, int pos, DateOnly today)
    {
        var m = Offset.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var nText = m.Groups["n"].Value;
        decimal n;
        if (nText == "半")
        {
            n = 0.5m;
        }
        else if (!ChineseNumeral.TryParse(nText, out n))
        {
            return null;
        }
        var sign = m.Groups["dir"].Value.Contains('前') ? -1 : 1;
        var unit = m.Groups["u"].Value;
        DateOnly date;
        switch (unit)
        {
            case "天" or "日" when n == Math.Floor(n):
                date = today.AddDays(sign * (int)n);
                break;
            case "周" or "星期" or "礼拜" or "个星期" or "个礼拜" when n == Math.Floor(n):
                date = today.AddDays(sign * 7 * (int)n);
                break;
            case "个月" or "个半月":
                var months = n + (unit == "个半月" ? 0.5m : 0m);
                var whole = (int)Math.Floor(months);
                date = today.AddMonths(sign * whole).AddDays(months != whole ? sign * 15 : 0);
                break;
            case "年" when n == Math.Floor(n):
                date = today.AddYears(sign * (int)n);
                break;
            case "年":
                date = today.AddMonths(sign * (int)(n * 12));
                break;
            default:
                return null;
        }
        return new DatePart(m.Index + m.Length, date, DateGranularity.Day);
    }

    private static (int? Day, int End) DayOf(string s, Match m)
    {
        var monthEnd = m.Groups["mt"].Index + m.Groups["mt"].Length;
        var d = m.Groups["d"];
        if (!d.Success)
        {
            return (null, monthEnd);
        }
        var end = m.Index + m.Length;
        if (!m.Groups["ds"].Success && end < s.Length && NotADayAfter.Contains(s[end]))
        {
            return (null, monthEnd);
        }
        if (m.Groups["ds"].Success && m.Groups["ds"].Value == "号" && end < s.Length && "楼院栋室房线门车口床码".Contains(s[end]))
        {
            return (null, monthEnd);
        }
        return (Num(d.Value), end);
    }

    private static DatePart Exact(int end, int year, int month, int day)
    {
        var error = CalendarRules.CheckDate(year, month, day);
        return error is not null
            ? new DatePart(end, default, DateGranularity.Day, error)
            : new DatePart(end, new DateOnly(year, month, day), DateGranularity.Day);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static int Num(string text) =>
        ChineseNumeral.TryParse(text, out var value) && value <= 9999 ? (int)value : -1;
}
