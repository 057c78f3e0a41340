using System.Text;
using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Language.Display;

namespace PetitionBot.Cases.Reminders;

/// <summary>Writes reminders the way the bot talks: the case, what is due, the date and the article, then buttons.</summary>
public static class ReminderWriter
{
    /// <param name="officerName">The 承办人 as people know them (the case keeps only the id).</param>
    public static ReminderMessage CaseAlert(PetitionCase c, NextDue due, string? officerName = null)
    {
        var text = new StringBuilder("⏰ 到期提醒\n");
        text.Append(Mark(due.Colour)).Append(' ').Append(c.Number).Append(' ').Append(due.Due).Append(' ')
            .Append(DueState(due.Colour, due.Date, due.DaysOverdue, due.WorkingDaysLeft));
        if (due.IsProvisional && due.ProvisionalNote is { } note)
            text.Append('（').Append(note).Append('）');
        text.Append('\n').Append(string.Join(" · ", Details(c, officerName)));
        text.Append("\n依据").Append(due.Citation);
        return new ReminderMessage(text.ToString(),
        [
            new ReminderButton($"查看案件 {c.Number}", $"{c.Number} 进展"),
            new ReminderButton("记录进展", $"{c.Number} 记录进展"),
        ], StayWithMessage: true);
    }

    public static ReminderMessage Digest(DigestContent digest)
    {
        var text = new StringBuilder($"📋 每日到期汇总 · {ChineseDateFormat.ShortDate(digest.Day)}\n");
        if (digest.Total == 0)
            return new ReminderMessage(text.Append("今天没有临期或超期的案件。").ToString(), []);
        text.Append($"超期 {digest.Red} 件 · 临期 {digest.Yellow} 件");
        if (digest.NewWhileHeld > 0)
            text.Append($"（休息日期间新增 {digest.NewWhileHeld} 件，标“新”）");
        text.Append(digest.NotListed > 0 ? $"\n最紧急的 {digest.MostUrgent.Count} 件：" : "：");
        foreach (var line in digest.MostUrgent)
        {
            text.Append('\n').Append(Mark(line.Colour)).Append(' ').Append(line.CaseNumber).Append(' ').Append(line.Due).Append(' ')
                .Append(DueState(line.Colour, line.DueDate, line.DaysOverdue, line.WorkingDaysLeft));
            if (line.IsNew)
                text.Append(" 新");
        }
        if (digest.NotListed > 0)
            text.Append($"\n另有 {digest.NotListed} 件未列出。");
        List<ReminderButton> buttons = [new ReminderButton("查看全部", "临期案件")];
        if (digest.Red > 0)
            buttons.Add(new ReminderButton("只看超期", "超期案件"));
        return new ReminderMessage(text.ToString(), buttons);
    }

    private static string Mark(DeadlineColour colour) => colour == DeadlineColour.Red ? "🔴" : "🟡";

    private static string DueState(DeadlineColour colour, DateOnly date, int daysOverdue, int workingDaysLeft) =>
        colour == DeadlineColour.Red
            ? $"已超期{daysOverdue}天（截止{ChineseDateFormat.ShortDate(date)}）"
            : workingDaysLeft == 0
                ? $"今天到期（{ChineseDateFormat.ShortDate(date)}）"
                : $"截止{ChineseDateFormat.ShortDate(date)}，还剩{workingDaysLeft}个工作日";

    private static IEnumerable<string> Details(PetitionCase c, string? officerName)
    {
        yield return c.ResponsibleUnit ?? c.RegisteringUnit;
        if (c.Category is { Length: > 0 } category)
            yield return category;
        if ((officerName ?? c.HandlingOfficer) is { Length: > 0 } officer)
            yield return "承办：" + officer;
    }
}
