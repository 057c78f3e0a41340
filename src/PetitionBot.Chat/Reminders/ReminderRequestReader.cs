using System.Globalization;
using System.Text.RegularExpressions;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Chat.Reminders;

/// <summary>
/// Reads the options of 订阅到期提醒: units (城关镇 东关街道), "我的案件" for an officer's own cases, and a digest time
/// (每天9点, 早上八点半, 17:30).
/// </summary>
public static partial class ReminderRequestReader
{
    private static readonly string[] OwnCaseWords = ["我的案件", "我承办", "我负责", "我经手", "我手上", "自己的案件", "我的"];
    private static readonly string[] FillerWords =
        ["订阅", "到期提醒", "到期", "提醒", "设置", "修改", "改成", "改为", "时间", "每天", "推送", "只看", "只要", "的", "案件", "请", "帮我", "给我"];

    public static ReminderRequest Read(string text)
    {
        var time = ReadTime(text, out var withoutTime);
        var own = OwnCaseWords.Any(w => withoutTime.Contains(w, StringComparison.Ordinal));
        var units = new List<string>();
        foreach (var token in Separators().Split(withoutTime))
        {
            var word = FillerWords.Aggregate(token, (t, filler) => t.Replace(filler, "", StringComparison.Ordinal)).Trim();
            if (UnitName().IsMatch(word) && !units.Contains(word))
                units.Add(word);
        }
        ReminderScope? scope = own ? ReminderScope.OwnCases : units.Count > 0 ? ReminderScope.Units : null;
        return new ReminderRequest(scope, units, time);
    }

    private static TimeOnly? ReadTime(string text, out string rest)
    {
        var match = TimeOfDay().Match(text);
        rest = text;
        if (!match.Success || Hour(match.Groups["hour"].Value) is not { } hour)
            return null;
        var minute = match.Groups["half"].Success ? 30 : match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["period"].Value is "下午" or "晚上" && hour < 12)
            hour += 12;
        if (hour > 23 || minute > 59)
            return null;
        rest = text.Remove(match.Index, match.Length);
        return new TimeOnly(hour, minute);
    }

    private static int? Hour(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
            return digits;
        string[] chinese = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
        var index = Array.IndexOf(chinese, value.Replace('两', '二'));
        return index >= 0 ? index : null;
    }

    [GeneratedRegex(@"(?<period>早上|上午|中午|下午|晚上)?\s*(?<hour>\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:[:：]\s*(?<minute>\d{2})|点\s*(?:(?<half>半)|(?<minute>\d{1,2})\s*分?)?)")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"[\s,，、;；/和及与]+")]
    private static partial Regex Separators();

    // A unit as cases name it: a place or an office, e.g. 城关镇, 东关街道, 县人社局, 信访办.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,14}(镇|乡|街道|社区|村|局|办|所|委|院|县|区|市|中心|科|处|厅)$")]
    private static partial Regex UnitName();
}
