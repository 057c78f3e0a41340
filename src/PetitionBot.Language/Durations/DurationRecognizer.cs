using System.Text.RegularExpressions;
using PetitionBot.Language.Numbers;
using PetitionBot.Language.Text;

namespace PetitionBot.Language.Durations;

/// <summary>Finds lengths of time: 15日, 十五天, 两个月, 5个工作日, 半个月, 一周, 一个半月.</summary>
public static class DurationRecognizer
{
    private static readonly Regex DurationPattern = new(
        @"(?<![\d.])(?<n>\d+(?:\.\d+)?|[零〇一二三四五六七八九十百两]+|半)\s*(?<u>个半月|个工作日|工作日|个星期|个礼拜|个月|星期|礼拜|周|天|日|年)",
        RegexOptions.CultureInvariant);

    public static IReadOnlyList<Recognition<Duration>> Recognize(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var results = new List<Recognition<Duration>>();
        foreach (Match m in DurationPattern.Matches(folded))
        {
            var n = m.Groups["n"];
            if (n.Index > 0 && ChineseNumeral.IsNumeralChar(folded[n.Index - 1]) && n.Value != "半")
            {
                continue;
            }
            var unitWord = m.Groups["u"].Value;
            // "3月5日" is a date, "2026年" a year: not lengths of time.
            if ((unitWord == "日" && n.Index > 0 && folded[n.Index - 1] == '月') || (unitWord == "年" && n.Value.Length == 4))
            {
                continue;
            }
            decimal amount;
            if (n.Value == "半")
            {
                amount = 0.5m;
            }
            else if (!ChineseNumeral.TryParse(n.Value, out amount))
            {
                continue;
            }
            var unit = unitWord switch
            {
                "个工作日" or "工作日" => DurationUnit.WorkingDays,
                "个星期" or "个礼拜" or "星期" or "礼拜" or "周" => DurationUnit.Weeks,
                "个月" or "个半月" => DurationUnit.Months,
                "年" => DurationUnit.Years,
                _ => DurationUnit.Days,
            };
            if (unitWord == "个半月")
            {
                amount += 0.5m;
            }
            var end = m.Index + m.Length;
            if (unit == DurationUnit.Weeks && !unitWord.StartsWith('个') && end < folded.Length && "一二三四五六日天".Contains(folded[end]))
            {
                continue; // "下周一" names a day
            }
            results.Add(new Recognition<Duration>(TextSpan.Of(text, n.Index, end), new Duration(amount, unit)));
        }
        return results;
    }
}
