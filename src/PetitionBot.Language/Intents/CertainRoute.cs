using System.Collections.Frozen;
using PetitionBot.Language.Text;
using static PetitionBot.Language.Intents.IntentKeywords;

namespace PetitionBot.Language.Intents;

/// <summary>
/// The few routes that need no model: the bot's own buttons and menu commands (the user tapped or copied them),
/// 取消/返回/从头开始/帮助, a registration command opening the message, and a message that is nothing but a case
/// number, 查询码, ID number or phone number.
/// </summary>
internal static class CertainRoute
{
    // Button texts the bot offers (menu, case cards, lists, reminders) and the commands its welcome teaches.
    private static readonly FrozenDictionary<string, Intent> Commands = new Dictionary<string, Intent>
    {
        ["登记来访"] = Intent.LogVisit, ["登记来信"] = Intent.LogVisit, ["登记来电"] = Intent.LogVisit,
        ["登记网上信访"] = Intent.LogVisit, ["来访登记"] = Intent.LogVisit,
        ["本周到期"] = Intent.CaseQuery, ["已超期"] = Intent.CaseQuery, ["只看超期"] = Intent.CaseQuery,
        ["我的案件"] = Intent.CaseQuery, ["集体访"] = Intent.CaseQuery, ["查看更多"] = Intent.CaseQuery,
        ["完整记录"] = Intent.CaseQuery, ["查看案件"] = Intent.CaseQuery,
        ["受理"] = Intent.CaseAction, ["不予受理"] = Intent.CaseAction, ["转送"] = Intent.CaseAction,
        ["记录进展"] = Intent.CaseAction, ["申请延期"] = Intent.CaseAction, ["办结"] = Intent.CaseAction,
        ["答复送达"] = Intent.CaseAction, ["评价"] = Intent.CaseAction, ["复查申请"] = Intent.CaseAction,
        ["复查决定"] = Intent.CaseAction, ["复核申请"] = Intent.CaseAction, ["复核决定"] = Intent.CaseAction,
        ["终结"] = Intent.CaseAction,
        ["问规定"] = Intent.RegulationQuestion, ["规定列表"] = Intent.RegulationQuestion,
        ["订阅到期提醒"] = Intent.Reminders, ["取消提醒"] = Intent.Reminders, ["我的提醒设置"] = Intent.Reminders,
        ["订阅我的案件提醒"] = Intent.Reminders, ["设置提醒时间"] = Intent.Reminders,
        ["提醒发送记录"] = Intent.Reminders, ["提醒发送失败的"] = Intent.Reminders,
        ["帮助"] = Intent.Help, ["help"] = Intent.Help, ["菜单"] = Intent.Help, ["使用说明"] = Intent.Help,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // "登记来访 张三 … 反映收费没有依据": the command, set apart by a space or punctuation, decides whatever words the
    // petitioner's issue contains; "登记来访以后多久要转送" runs on and is a question for the model.
    private static readonly string[] LogCommandOpenings = ["登记来访", "登记来信", "登记来电", "登记网上信访", "来访登记", "来信登记", "来电登记"];

    // Words that may stand around a bare identifier without making it anything but a lookup.
    private static readonly KeywordList LookupFiller = new(["查询码", "查询", "查一下", "查下", "查", "帮我", "看看", "看下", "进展", "进度", "身份证号", "身份证", "手机号", "电话", "号码", "的件", "的案件", "案件", "编号"]);

    public static Intent? Of(IntentText t, IReadOnlyList<IntentEntity> entities)
    {
        if (Commands.TryGetValue(t.Compact, out var command))
        {
            return command;
        }
        // Only the command words themselves ("算了不登了", "返回上一步吧"): "不用了谢谢" outside a form is small talk.
        if (!t.HasAny(Reminders) && IsAllOf(Cancel, t.Compact))
        {
            return Intent.Cancel;
        }
        if (IsAllOf(Back, t.Compact))
        {
            return Intent.Back;
        }
        if (IsAllOf(Restart, t.Compact))
        {
            return Intent.Restart;
        }
        if (t.Compact.Length == 0)
        {
            return Intent.Help;
        }
        if (OpensWithLogCommand(t.Raw))
        {
            return Intent.LogVisit;
        }
        if (entities.Count > 0 && CaseNumberWithButton(t, entities) is { } step)
        {
            return step;
        }
        return IsBareIdentifier(t, entities) ? Intent.CaseQuery : null;
    }

    /// <summary>"XF-2026-000088 复查": a case number and one of the bot's case buttons, nothing else.</summary>
    private static Intent? CaseNumberWithButton(IntentText t, IReadOnlyList<IntentEntity> entities)
    {
        var number = entities.FirstOrDefault(e => e.Kind == EntityKind.CaseNumber);
        if (number is null)
        {
            return null;
        }
        var rest = TextNormalizer.Compact(t.Raw.Replace(number.Span.Text, " ", StringComparison.Ordinal));
        return Commands.TryGetValue(rest, out var intent) && intent == Intent.CaseAction ? intent : null;
    }

    /// <summary>The text is nothing but these words, give or take one filler character (吧, 了, 啊 …).</summary>
    private static bool IsAllOf(KeywordList words, string compact) =>
        compact.Length > 0 && words.CoveredPositions(compact).Count(covered => !covered) <= 1 && words.IsIn(compact);

    private static bool OpensWithLogCommand(string raw)
    {
        var folded = TextNormalizer.Fold(raw).TrimStart();
        foreach (var opening in LogCommandOpenings)
        {
            if (folded.StartsWith(opening, StringComparison.Ordinal) && folded.Length > opening.Length)
            {
                var next = folded[opening.Length];
                return char.IsWhiteSpace(next) || char.IsPunctuation(next) || char.IsSymbol(next);
            }
        }
        return false;
    }

    private static bool IsBareIdentifier(IntentText t, IReadOnlyList<IntentEntity> entities)
    {
        var rest = t.Raw;
        var any = false;
        foreach (var e in entities)
        {
            if (e.Kind is EntityKind.CaseNumber or EntityKind.QueryCode or EntityKind.IdNumber or EntityKind.Phone)
            {
                rest = rest.Replace(e.Span.Text, " ", StringComparison.Ordinal);
                any = true;
            }
        }
        if (!any)
        {
            return false;
        }
        var left = TextNormalizer.Compact(rest);
        return left.Length == 0 || LookupFiller.CoveredPositions(left).Count(covered => !covered) <= 1;
    }
}
