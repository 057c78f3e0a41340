using System.Globalization;
using System.Text.RegularExpressions;
using PetitionBot.Cases.Model;
using PetitionBot.Language.Intents;
using PetitionBot.Language.Numbers;

namespace PetitionBot.Chat.CaseActions;

/// <summary>
/// Reads a one-line action ("XF-2026-000123 延期 30天 需调取台账 批准人 赵敏"): which step, given the case's status,
/// and the details the words carry.
/// </summary>
public static partial class CaseActionParser
{
    // Longest first, so 不予受理 is removed before 受理 and 复查决定 before 复查.
    private static readonly string[] StepWords =
    [
        "不予受理", "不受理", "申请延期", "延长期限", "答复送达", "复查申请", "申请复查", "复查决定", "复查意见", "复核申请", "申请复核",
        "复核决定", "复核意见", "记录进展", "更新进展", "添加进展", "满意度", "受理", "转送", "转办", "转给", "交办", "延期", "办结", "结案",
        "答复", "回复", "送达", "评价", "复查", "复核", "终结",
    ];

    private static readonly string[] Fillers = ["这件", "该件", "此件", "本件", "这个案件", "这个案子", "已经", "标记为", "标记", "确认", "请", "给", "到", "至"];

    public static ChatCaseAction? StepOf(CaseActionKind? kind, string text, CaseStatus status) => kind switch
    {
        CaseActionKind.Accept => ChatCaseAction.Accept,
        CaseActionKind.Reject => ChatCaseAction.Reject,
        CaseActionKind.Transfer => ChatCaseAction.Transfer,
        CaseActionKind.Assign => ChatCaseAction.Assign,
        CaseActionKind.Extend => ChatCaseAction.Extend,
        CaseActionKind.Conclude => ChatCaseAction.Conclude,
        CaseActionKind.Reply or CaseActionKind.Deliver => ChatCaseAction.DeliverReply,
        CaseActionKind.Evaluate => ChatCaseAction.Evaluate,
        CaseActionKind.Review => Decides(text, status == CaseStatus.ReviewRequested) ? ChatCaseAction.DecideReview : ChatCaseAction.RequestReview,
        CaseActionKind.ReExamine => Decides(text, status == CaseStatus.ReReviewRequested) ? ChatCaseAction.DecideReReview : ChatCaseAction.RequestReReview,
        CaseActionKind.Terminate => ChatCaseAction.Close,
        CaseActionKind.RecordProgress => ChatCaseAction.ProgressNote,
        _ => null,
    };

    /// <summary>The details in <paramref name="text"/> once the case number, dates and step words are taken out.</summary>
    public static CaseActionDetails Details(ChatCaseAction step, string text, IntentResult intent)
    {
        DateOnly? on = null;
        var rest = text;
        foreach (var entity in intent.Entities.Where(e => e.Kind is EntityKind.CaseNumber or EntityKind.QueryCode or EntityKind.Date)
                     .OrderByDescending(e => e.Span.Start))
        {
            if (entity.Kind == EntityKind.Date && DateOnly.TryParseExact(entity.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                on = day;
            rest = rest.Remove(entity.Span.Start, entity.Span.Length).Insert(entity.Span.Start, " ");
        }
        if (StepWords.FirstOrDefault(rest.Contains) is { } word)
        {
            var at = rest.IndexOf(word, StringComparison.Ordinal);
            rest = rest.Remove(at, word.Length).Insert(at, " ");
        }

        var details = new CaseActionDetails { On = on };
        switch (step)
        {
            case ChatCaseAction.Extend:
                if (DaysPattern().Match(rest) is { Success: true } days && ChineseNumeral.TryParse(days.Groups["n"].Value, out var count))
                {
                    details = details with { Days = (int)count };
                    rest = rest.Remove(days.Index, days.Length).Insert(days.Index, " ");
                }
                if (ApproverPattern().Match(rest) is { Success: true } approver)
                {
                    details = details with { Approver = approver.Groups["who"].Value };
                    rest = rest.Remove(approver.Index, approver.Length).Insert(approver.Index, " ");
                }
                rest = ReasonCue().Replace(rest, " ");
                break;
            case ChatCaseAction.Conclude:
                (details, rest) = TakeChoice(details, rest,
                    [("不予支持", HandlingOpinion.NotSupported), ("不支持", HandlingOpinion.NotSupported), ("解释说明", HandlingOpinion.Explanation),
                     ("解释", HandlingOpinion.Explanation), ("支持", HandlingOpinion.Support)],
                    (d, v) => d with { Opinion = v });
                break;
            case ChatCaseAction.Evaluate:
                (details, rest) = TakeChoice(details, rest,
                    [("不满意", PetitionBot.Cases.Model.Satisfaction.Dissatisfied), ("基本满意", PetitionBot.Cases.Model.Satisfaction.BasicallySatisfied),
                     ("满意", PetitionBot.Cases.Model.Satisfaction.Satisfied)],
                    (d, v) => d with { Satisfaction = v });
                break;
        }
        return details with { Text = Clean(rest) };
    }

    private static (CaseActionDetails, string) TakeChoice<T>(CaseActionDetails details, string rest, (string Word, T Value)[] choices,
        Func<CaseActionDetails, T, CaseActionDetails> set)
    {
        foreach (var (choiceWord, value) in choices)
        {
            var at = rest.IndexOf(choiceWord, StringComparison.Ordinal);
            if (at >= 0)
                return (set(details, value), rest.Remove(at, choiceWord.Length).Insert(at, " "));
        }
        return (details, rest);
    }

    /// <summary>Trims spaces, punctuation and filler words at the edges; null when nothing is left.</summary>
    private static string? Clean(string rest)
    {
        var text = rest.Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            text = text.Trim(' ', '　', ',', '，', '。', '.', ':', '：', ';', '；', '、', '-', '—');
            foreach (var filler in Fillers.Where(f => text.StartsWith(f, StringComparison.Ordinal)))
            {
                text = text[filler.Length..];
                changed = true;
                break;
            }
        }
        text = Regex.Replace(text, @"\s+", " ");
        return text.Length == 0 ? null : text;
    }

    private static bool Decides(string text, bool awaitingDecision) =>
        text.Contains("决定") || text.Contains("意见") || text.Contains("结论") || (!text.Contains("申请") && awaitingDecision);

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个)?\s*(天|日)")]
    private static partial Regex DaysPattern();

    [GeneratedRegex(@"(批准人|审批人|负责人|批准)\s*[:：为是]?\s*(?<who>[^\s,，。;；、]{2,12})")]
    private static partial Regex ApproverPattern();

    [GeneratedRegex(@"(理由|原因|因为)\s*[:：是为]?")]
    private static partial Regex ReasonCue();
}
