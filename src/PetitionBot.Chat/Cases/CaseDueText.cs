using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Language.Display;

namespace PetitionBot.Chat.Cases;

/// <summary>How a next due date reads: the 红黄牌 mark, the date, what is left, and the article it comes from.</summary>
public static class CaseDueText
{
    public static string Mark(NextDue? due) => due?.Colour switch
    {
        DeadlineColour.Red => "🔴",
        DeadlineColour.Yellow => "🟡",
        DeadlineColour.Normal => "🟢",
        _ => "⚪",
    };

    /// <summary>🟡 办结期限 2026年5月19日（周二），还剩3个工作日 · 《信访工作条例》第三十四条</summary>
    public static string Line(NextDue due)
    {
        var who = due.Party == DeadlineParty.Petitioner ? "信访人" : "";
        var left = due.Colour == DeadlineColour.Red ? $"已超期{due.DaysOverdue}天" : $"还剩{due.WorkingDaysLeft}个工作日";
        var provisional = due.IsProvisional ? $"（{due.ProvisionalNote}）" : "";
        return $"{Mark(due)} {who}{due.Due}期限 {ChineseDateFormat.Date(due.Date)}，{left}{provisional} · {due.Citation}";
    }

    /// <summary>For one line of a list: 办结 5月19日, or 受理告知 已超期2天.</summary>
    public static string Short(NextDue due) =>
        due.Colour == DeadlineColour.Red
            ? $"{due.Due} 已超期{due.DaysOverdue}天"
            : $"{due.Due} {due.Date.Month}月{due.Date.Day}日{(due.IsProvisional ? "（暂定）" : "")}";
}
