using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// Questions that ask for an amount — a number of days, times, points, money, a length of time — and whether a clause
/// states an amount of that kind. A clause without one cannot answer "几天内办结" or "每次接待多长时间", however well
/// its words match ("每月不少于2次" states how often, not how long).
/// </summary>
public static partial class AmountQuestion
{
    /// <summary>The kind of amount asked, or null. 哪几、那几、十几、好几 and "几个…都" are not questions of amount.</summary>
    public static AmountKind? Asked(string question)
    {
        var text = NotAskingPattern().Replace(question, "。");
        // "多久搞一次" asks how often, answered by 每季度 or 按月 as well as by a count.
        if (TimesPattern().IsMatch(text)) return AmountKind.Times;
        if (DurationPattern().IsMatch(text)) return AmountKind.Duration;
        if (PointsPattern().IsMatch(text)) return AmountKind.Points;
        if (MoneyPattern().IsMatch(text)) return AmountKind.Money;
        if (ClockPattern().IsMatch(text)) return AmountKind.Clock;
        return AnyPattern().IsMatch(text) ? AmountKind.Any : null;
    }

    public static bool Asks(string question) => Asked(question) is not null;

    /// <summary>Whether the clause states an amount of the kind asked.</summary>
    public static bool States(string clause, AmountKind kind) => kind switch
    {
        AmountKind.Duration => StatedDurationPattern().IsMatch(clause),
        AmountKind.Times => StatedTimesPattern().IsMatch(clause),
        AmountKind.Points => StatedPointsPattern().IsMatch(clause),
        AmountKind.Money => StatedMoneyPattern().IsMatch(clause),
        AmountKind.Clock => StatedClockPattern().IsMatch(clause),
        _ => StatesAny(clause),
    };

    public static bool StatesAny(string clause) => StatesPattern().IsMatch(clause);

    // 哪几种 / 那几个 / 这几条 ask which, not how many; 十几年、几十年、好几次 are rough amounts; 几乎 is an adverb;
    // "几个部门都…" is indefinite.
    [GeneratedRegex(@"[哪那这十好]几|几[十百千乎]|几个[^，。？！?,]{0,6}都")]
    private static partial Regex NotAskingPattern();

    [GeneratedRegex(@"几(?:天|日|年|个月|月|周|小时|个工作日)|多少(?:天|日|年|个月|周|小时|个工作日|时间)|多久|多长")]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"几次|多少次|(?:多久|多长时间)[^，。？！?,]{0,6}一次")]
    private static partial Regex TimesPattern();

    [GeneratedRegex(@"几分|多少分")]
    private static partial Regex PointsPattern();

    [GeneratedRegex(@"多少钱|多少元|几块|多少费用")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"几点")]
    private static partial Regex ClockPattern();

    // 几个 几名 几人 几号 多少 多大 多高
    [GeneratedRegex(@"几(?:个|名|人|号|位|项|条)|多少|多大|多高")]
    private static partial Regex AnyPattern();

    private const string Numeral = @"(?:\d+|[一二两三四五六七八九十百千半]+)";

    // 三十日内, 一周内, 2个月, 一年
    [GeneratedRegex(Numeral + @"\s*(?:个)?(?:工作日|日|天|周|星期|个月|月|年|小时)")]
    private static partial Regex StatedDurationPattern();

    // 两次, 每季度, 每半年, 按月, 逐月
    [GeneratedRegex(Numeral + @"\s*次|每(?:半年|年|季度|季|月|周|天|日)|[按逐](?:年|季度|季|月|周|旬|日)")]
    private static partial Regex StatedTimesPattern();

    [GeneratedRegex(Numeral + @"\s*分")]
    private static partial Regex StatedPointsPattern();

    [GeneratedRegex(Numeral + @"\s*(?:元|万元)")]
    private static partial Regex StatedMoneyPattern();

    [GeneratedRegex(Numeral + @"\s*(?:时|点)")]
    private static partial Regex StatedClockPattern();

    // A digit, or a Chinese numeral followed by a unit (三十日, 一年, 两次, 每月一次).
    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千半]+\s*(?:日|天|个|年|月|周|次|小时|分|元|人|倍|名)")]
    private static partial Regex StatesPattern();
}

/// <summary>What kind of amount a question asks for.</summary>
public enum AmountKind
{
    Any,
    Duration,
    Times,
    Points,
    Money,
    Clock,
}
