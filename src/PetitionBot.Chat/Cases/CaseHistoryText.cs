using System.Text;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Language.Masking;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Chat.Cases;

/// <summary>A case's full record, one short line per event: when, what, who, why.</summary>
public static class CaseHistoryText
{
    /// <summary>Older events are left out beyond this, so the answer stays readable on a phone.</summary>
    public const int MaxLines = 12;

    public static string Write(string number, IReadOnlyList<CaseEvent> events)
    {
        var text = new StringBuilder($"{number} 完整记录（共{events.Count}条）：");
        var shown = events.Skip(Math.Max(0, events.Count - MaxLines)).ToList();
        if (shown.Count < events.Count)
            text.Append($"\n（只显示最近{MaxLines}条）");
        foreach (var e in shown)
        {
            var day = DateOnly.FromDateTime(e.At.DateTime);
            var why = string.IsNullOrWhiteSpace(e.Why) ? "" : "：" + PersonalDataMask.Text(InertText.Of(e.Why.Trim()));
            // Reasons, units and names were typed by people: shown as typed, never rendered as links or markup.
            text.Append($"\n{day.Month}月{day.Day}日 {What(e.Command)} · {InertText.Of(e.By.Name)}{why}");
        }
        return text.ToString();
    }

    private static string What(CaseCommand command) => command switch
    {
        TransferCase t => $"{t.Label}至{InertText.Of(t.ToUnit)}",
        ExtendCase x => $"延期{x.Days}日（批准人 {InertText.Of(x.Approver)}）",
        ConcludeCase k => $"办结（{k.Opinion.ToChinese()}）",
        EvaluateCase v => $"评价（{v.Satisfaction.ToChinese()}）",
        RegisterCase r => $"登记（{r.Case.Form.ToChinese()}，{r.Case.PeopleCount}人）",
        _ => command.Label,
    };
}
