using System.Text;
using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Language.Masking;

namespace PetitionBot.Chat.Cases;

/// <summary>
/// Answers a list request with one page: a count line, at most <see cref="PageSize"/> cases with their colour mark
/// and next due date, and a "查看更多" button while more remain.
/// </summary>
public sealed class CaseListReply(ICaseStore store, CaseDeadlines deadlines, CaseAccess access)
{
    public const int PageSize = 5;
    public const string MoreButton = "查看更多";
    public const string OverdueOnlyButton = "只看超期";

    /// <summary>The reply text, its buttons, and the cases shown.</summary>
    public async Task<(string Text, string[] Buttons, IReadOnlyList<PetitionCase> Shown)> WriteAsync(
        CaseListRequest request, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var scope = access.ScopeFor(userId);
        if (!scope.SeesAny)
            return (CaseAccess.NoPermission, [], []);
        var filter = scope.Narrow(Filter(request, userId, today));
        // 本周到期 also says how many of them are already overdue; one query counts both.
        var (total, overdue) = request.Kind == CaseListKind.DueThisWeek
            ? await store.CountAsync(filter, today, cancellationToken)
            : new CaseCounts(await store.CountAsync(filter, cancellationToken), 0);
        if (total == 0)
            return (Empty(request), [], []);
        if (request.Offset >= total)
            return ("没有更多了。", [], []);

        var page = await store.FindAsync(filter with { Offset = request.Offset, Limit = PageSize }, cancellationToken);
        var text = new StringBuilder(request.Offset == 0
            ? Title(request, total, overdue)
            : $"{Name(request)}，第{request.Offset + 1}{(page.Count > 1 ? $"–{request.Offset + page.Count}" : "")}件（共{total}件）：");
        foreach (var c in page)
            text.Append('\n').Append(Line(c, request, today));

        var buttons = new List<string>();
        if (request.Offset + page.Count < total)
            buttons.Add(MoreButton);
        if (overdue > 0 && request.Offset == 0)
            buttons.Add(OverdueOnlyButton);
        return (text.ToString(), [.. buttons], page);
    }

    private static CaseQuery Filter(CaseListRequest request, string userId, DateOnly today) => request.Kind switch
    {
        CaseListKind.DueThisWeek => new CaseQuery { OpenOnly = true, DueTo = EndOfWeek(today) },
        CaseListKind.Overdue => new CaseQuery { OpenOnly = true, DueTo = today.AddDays(-1) },
        CaseListKind.Collective => new CaseQuery { OpenOnly = true, Collective = true },
        CaseListKind.Mine => new CaseQuery { OpenOnly = true, HandledOrRegisteredBy = userId },
        CaseListKind.PetitionerName => new CaseQuery { PetitionerName = request.Argument },
        CaseListKind.PetitionerPhone => new CaseQuery { PetitionerPhone = request.Argument },
        CaseListKind.PetitionerIdNumber => new CaseQuery { PetitionerIdNumber = request.Argument },
        _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown list."),
    };

    /// <summary>Sunday of the week (weeks run Monday to Sunday).</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    private static string Title(CaseListRequest request, int total, int overdue) => request.Kind switch
    {
        CaseListKind.DueThisWeek when overdue == total => $"本周没有其他到期的案件，另有超期 {overdue} 件：",
        CaseListKind.DueThisWeek when overdue > 0 => $"本周到期 {total - overdue} 件（另有超期 {overdue} 件）：",
        _ => $"{Name(request)} {total} 件：",
    };

    private static string Name(CaseListRequest request) => request.Kind switch
    {
        CaseListKind.DueThisWeek => "本周到期",
        CaseListKind.Overdue => "已超期",
        CaseListKind.Collective => "未终结的集体访",
        CaseListKind.Mine => "我的案件（未终结）",
        CaseListKind.PetitionerName => $"信访人{PersonalDataMask.Name(request.Argument)}的案件",
        CaseListKind.PetitionerPhone => $"电话{PersonalDataMask.Phone(request.Argument)}的案件",
        CaseListKind.PetitionerIdNumber => $"身份证号{PersonalDataMask.IdNumber(request.Argument)}的案件",
        _ => "案件",
    };

    private static string Empty(CaseListRequest request) => request.Kind switch
    {
        CaseListKind.DueThisWeek => "本周没有到期或超期的案件。",
        CaseListKind.Overdue => "目前没有超期的案件。",
        CaseListKind.Collective => "目前没有未终结的集体访。",
        CaseListKind.Mine => "您名下没有未终结的案件。",
        _ => $"没有找到{Name(request)}（或您无权查看）。请核对后再查，也可以报案件编号或查询码。",
    };

    private string Line(PetitionCase c, CaseListRequest request, DateOnly today)
    {
        var due = deadlines.NextDue(c, today);
        var who = request.Kind is CaseListKind.PetitionerName or CaseListKind.PetitionerPhone or CaseListKind.PetitionerIdNumber
                      or CaseListKind.Collective
            ? " " + PersonalDataMask.Name(c.Petitioners.FirstOrDefault()?.Name)
            : "";
        var what = due is null ? c.Status.ToChinese() : CaseDueText.Short(due);
        return $"{CaseDueText.Mark(due)} {c.Number}{who} {what}";
    }
}
