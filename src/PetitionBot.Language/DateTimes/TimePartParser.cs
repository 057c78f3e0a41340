using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Language.DateTimes;

/// <summary>Reads period words (下午) and clock readings (三点半, 14:30, 九点一刻) from folded text.</summary>
internal static partial class TimePartParser
{
    // Each pattern with where it can start (see DatePartParser).
    private static readonly AnchoredPattern Period = new(PeriodRegex, new(wordStarts: "凌半深午清早一上中下傍黄晚夜", marksAfterDigits: ""));
    private static readonly AnchoredPattern Colon = new(ColonRegex, new("", ":"));
    private static readonly AnchoredPattern Spoken = new(SpokenRegex, new("零一二两三四五六七八九十", "点时"));

    // Declared after the patterns they list.
    public static IReadOnlyList<AnchoredPattern> Patterns { get; } = [Period, Colon, Spoken];

    /// <summary>Where any period word or clock reading can start.</summary>
    public static ExpressionStart Start { get; } = ExpressionStart.Union(Patterns.Select(p => p.Start));

    [GeneratedRegex(@"\G(?:凌晨|半夜|深夜|午夜|清晨|早晨|早上|一早|上午|中午|午间|下午|午后|傍晚|黄昏|晚上|晚间|夜里|夜间|夜晚)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRegex { get; }

    [GeneratedRegex(@"\G(?<h>\d{1,2})\s*:\s*(?<mi>\d{2})(?::\d{2})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonRegex { get; }

    [GeneratedRegex(
        @"\G(?<h>\d{1,2}|[零一二两三四五六七八九十]{1,3})\s*(?:点钟|点|时)(?:(?:(?<half>半)|(?<q>[一三])刻|(?<mi>\d{1,2}|[零〇一二三四五六七八九十]{1,3})(?<unit>\s*分)?|整))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpokenRegex { get; }

    // "快一点", "好一点": 一点 meaning "a bit".
    private const string ABitBefore = "快多有早晚好慢少大小差高低轻重远近";

    public static (int End, DayPeriod Period)? ParsePeriod(string s, int pos)
    {
        var m = Period.MatchAt(s, pos);
        if (!m.Success)
        {
            return null;
        }
        var period = m.Value switch
        {
            "凌晨" or "半夜" or "深夜" or "午夜" => DayPeriod.EarlyMorning,
            "中午" or "午间" => DayPeriod.Noon,
            "下午" or "午后" => DayPeriod.Afternoon,
            "傍晚" or "黄昏" or "晚上" or "晚间" or "夜里" or "夜间" or "夜晚" => DayPeriod.Evening,
            _ => DayPeriod.Morning,
        };
        return (m.Index + m.Length, period);
    }

    public static TimePart? ParseClock(string s, int pos)
    {
        var colon = Colon.MatchAt(s, pos);
        if (colon.Success)
        {
            var h = int.Parse(colon.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var mi = int.Parse(colon.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return h <= 24 && mi <= 59 && !(h == 24 && mi > 0) ? new TimePart(colon.Index + colon.Length, h, mi) : null;
        }
        var m = Spoken.MatchAt(s, pos);
        if (!m.Success || !ChineseNumeral.TryParse(m.Groups["h"].Value, out var hour) || hour > 24)
        {
            return null;
        }
        var hText = m.Groups["h"].Value;
        var end = m.Index + m.Length;
        var minute = 0;
        if (m.Groups["half"].Success)
        {
            minute = 30;
        }
        else if (m.Groups["q"].Success)
        {
            minute = m.Groups["q"].Value == "一" ? 15 : 45;
        }
        else if (m.Groups["mi"].Success)
        {
            var hasUnit = m.Groups["unit"].Success;
            var looksLikeCount = !hasUnit && end < s.Length && "0123456789人个名位天号日月年元块万.".Contains(s[end]);
            if (ChineseNumeral.TryParse(m.Groups["mi"].Value, out var mi) && mi <= 59 && !looksLikeCount)
            {
                minute = (int)mi;
            }
            else
            {
                end = m.Groups["mi"].Index; // keep just "3点"
            }
        }
        var chineseOne = hText == "一" && minute == 0 && !m.Groups["half"].Success;
        if (chineseOne && ((pos > 0 && ABitBefore.Contains(s[pos - 1])) || (end < s.Length && s[end] == '儿')))
        {
            return null;
        }
        return new TimePart(end, (int)hour, minute, chineseOne);
    }
}
