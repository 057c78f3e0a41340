using System.Text.RegularExpressions;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// Questions that ask for an amount — a number of days, times, points, money, a length of time — and whether a clause
/// states any amount at all. A clause without a number cannot answer "几天内办结", however well its words match.
/// </summary>
public static partial class AmountQuestion
{
    public static bool Asks(string question) => AsksPattern().IsMatch(question);

    public static bool States(string clause) => StatesPattern().IsMatch(clause);

    // 几天 几次 几年 几个月 几点 多少 多久 多长 多大 多高
    [GeneratedRegex(@"几(?:天|日|次|年|个|月|周|点|分|小时|号)|多少|多久|多长|多大|多高")]
    private static partial Regex AsksPattern();

    // A digit, or a Chinese numeral followed by a unit (三十日, 一年, 两次, 每月一次).
    [GeneratedRegex(@"\d|[一二两三四五六七八九十百千半]+\s*(?:日|天|个|年|月|周|次|小时|分|元|人|倍)")]
    private static partial Regex StatesPattern();
}
