using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>
/// The status machine: 登记 → (转送 | 交办 | 受理 | 不予受理) → 办理中 → [延期] → 办结 → 答复送达 → 评价
/// → [复查 → 复核] → 终结. Every refusal carries a Chinese reason for the user.
/// </summary>
public sealed class CaseLifecycle(CaseDeadlines deadlines)
{
    private static readonly CaseStatus[] BeforeAcceptance = [CaseStatus.Registered, CaseStatus.Transferred, CaseStatus.Assigned];

    public CaseDeadlines Deadlines { get; } = deadlines;

    /// <summary>The case as first registered (version 1).</summary>
    public PetitionCase Register(RegisterCase command, string number, string queryCode)
    {
        var n = command.Case;
        RequireActor(command);
        if (n.Petitioners.Count == 0 || n.Petitioners.Any(p => string.IsNullOrWhiteSpace(p.Name)))
            Refuse("请填写信访人姓名。");
        if (n.PeopleCount < 1)
            Refuse("人数至少为1人。");
        if (n.PeopleCount < n.Petitioners.Count)
            Refuse($"人数（{n.PeopleCount}人）少于登记的信访人（{n.Petitioners.Count}人），请核对。");
        if (string.IsNullOrWhiteSpace(n.ProblemLocation))
            Refuse("请填写问题属地。");
        if (string.IsNullOrWhiteSpace(n.Claim.Request))
            Refuse("请填写信访诉求。");
        if (string.IsNullOrWhiteSpace(n.RegisteringUnit))
            Refuse("请填写登记单位。");
        var received = DateOnly.FromDateTime(n.ReceivedAt.DateTime);
        if (n.ReceivedAt > command.At)
            Refuse("收到时间不能晚于登记时间。");
        var jurisdiction = n.Jurisdiction ?? Deadlines.Policy.DefaultJurisdiction;
        if (Deadlines.Policy.Jurisdictions.All(j => j.Id != jurisdiction))
            Refuse($"未配置“{jurisdiction}”的办理期限规定。");
        return new PetitionCase
        {
            Number = number,
            QueryCode = queryCode,
            Jurisdiction = jurisdiction,
            Form = n.Form,
            Petitioners = n.Petitioners,
            PeopleCount = n.PeopleCount,
            ProblemLocation = n.ProblemLocation.Trim(),
            Nature = n.Nature,
            Category = n.Category,
            Claim = n.Claim,
            RegisteringUnit = n.RegisteringUnit,
            Status = CaseStatus.Registered,
            ReceivedAt = n.ReceivedAt,
            Dates = new CaseDates { Received = received, Registered = Today(command) },
            Version = 1,
        };
    }

    /// <summary>The case after <paramref name="command"/>, one version later; throws <see cref="CaseTransitionRefusedException"/>.</summary>
    public PetitionCase Apply(PetitionCase c, CaseCommand command)
    {
        RequireActor(command);
        if (c.Status == CaseStatus.Closed)
            Refuse($"本件已终结，不能再{command.Label}。");
        var next = command switch
        {
            RegisterCase => throw new CaseTransitionRefusedException("本件已登记，不能重复登记。"),
            TransferCase t => Transfer(c, t),
            AcceptCase a => Accept(c, a),
            RejectCase r => Reject(c, r),
            AssignOfficer o => Assign(c, o),
            ExtendCase e => Extend(c, e),
            ConcludeCase k => Conclude(c, k),
            DeliverReply r => DeliverReply(c, r),
            EvaluateCase e => Evaluate(c, e),
            RequestReview r => RequestReview(c, r),
            DecideReview d => DecideReview(c, d),
            RequestReReview r => RequestReReview(c, r),
            RecordHearing h => RecordHearing(c, h),
            DecideReReview d => DecideReReview(c, d),
            CloseCase k => Close(c, k),
            AddProgressNote n => AddNote(c, n),
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
        };
        return next with { Version = c.Version + 1 };
    }

    private static PetitionCase Transfer(PetitionCase c, TransferCase t)
    {
        RequireStatus(c, t);
        if (string.IsNullOrWhiteSpace(t.ToUnit))
            Refuse($"请填写{t.Label}的单位。");
        RequireDate(t, t.On, c.Dates.Received, "收到");
        return c with
        {
            Status = t.IsAssignment ? CaseStatus.Assigned : CaseStatus.Transferred,
            ResponsibleUnit = t.ToUnit.Trim(),
            Dates = c.Dates with { Transferred = t.On },
        };
    }

    private static PetitionCase Accept(PetitionCase c, AcceptCase a)
    {
        RequireStatus(c, a);
        RequireDate(a, a.On, c.Dates.Transferred ?? c.Dates.Received, c.Dates.Transferred is null ? "收到" : "转送/交办");
        return c with
        {
            Status = CaseStatus.InProgress,
            ResponsibleUnit = a.Unit ?? c.ResponsibleUnit ?? c.RegisteringUnit,
            HandlingOfficer = a.Officer ?? c.HandlingOfficer,
            Dates = c.Dates with { Accepted = a.On },
        };
    }

    private static PetitionCase Reject(PetitionCase c, RejectCase r)
    {
        RequireStatus(c, r);
        RequireWhy(r, "请说明不予受理的理由（需书面告知信访人）。");
        RequireDate(r, r.On, c.Dates.Transferred ?? c.Dates.Received, "收到");
        return c with
        {
            Status = CaseStatus.NotAccepted,
            NotAcceptedReason = r.Why!.Trim(),
            Dates = c.Dates with { NotAccepted = r.On },
        };
    }

    private static PetitionCase Assign(PetitionCase c, AssignOfficer o)
    {
        if (c.Status == CaseStatus.NotAccepted)
            Refuse("本件不予受理，无需指定承办人。");
        if (string.IsNullOrWhiteSpace(o.Officer))
            Refuse("请填写承办人。");
        return c with { HandlingOfficer = o.Officer.Trim() };
    }

    private PetitionCase Extend(PetitionCase c, ExtendCase e)
    {
        if (c.Extension is { } earlier)
            Refuse($"本件已于{ChineseDate.Format(earlier.On)}延期{earlier.Days}日，只能延期一次。");
        if (BeforeAcceptance.Contains(c.Status))
            Refuse("本件尚未受理，不能延期。");
        RequireStatus(c, e);
        var rule = Deadlines.Policy.Rule(DeadlineStep.Extension, c.Jurisdiction);
        if (e.Days < 1 || e.Days > rule.Limit.Count)
            Refuse($"延期不得超过{rule.Limit}（{rule.Citation}）。", argument: "days");
        if (string.IsNullOrWhiteSpace(e.Approver))
            Refuse("延期须经本机关负责人批准，请注明批准人。");
        RequireWhy(e, "请说明延期理由（需告知信访人）。");
        RequireDate(e, e.On, c.Dates.Accepted!.Value, "受理");
        var due = Deadlines.ConcludeDueWithoutExtension(c)!;
        if (e.On > due.Date)
            Refuse($"办结期限已于{ChineseDate.Format(due.Date)}届满，不能再延期。");
        return c with { Extension = new CaseExtension(e.Days, e.Why!.Trim(), e.Approver.Trim(), e.On) };
    }

    private static PetitionCase Conclude(PetitionCase c, ConcludeCase k)
    {
        if (BeforeAcceptance.Contains(c.Status))
            Refuse("本件尚未受理，不能办结。请先受理。");
        RequireStatus(c, k);
        RequireDate(k, k.On, c.Dates.Accepted!.Value, "受理");
        return c with { Status = CaseStatus.Concluded, Opinion = k.Opinion, Dates = c.Dates with { Concluded = k.On } };
    }

    private static PetitionCase DeliverReply(PetitionCase c, DeliverReply r)
    {
        if (c.Status == CaseStatus.InProgress || BeforeAcceptance.Contains(c.Status))
            Refuse("本件尚未办结，还没有可送达的答复。");
        RequireStatus(c, r);
        RequireDate(r, r.On, c.Dates.Concluded!.Value, "办结");
        return c with { Status = CaseStatus.ReplyDelivered, Dates = c.Dates with { ReplyDelivered = r.On } };
    }

    private static PetitionCase Evaluate(PetitionCase c, EvaluateCase e)
    {
        RequireStatus(c, e);
        RequireDate(e, e.On, c.Dates.ReplyDelivered!.Value, "答复送达");
        return c with { Status = CaseStatus.Evaluated, Satisfaction = e.Satisfaction, Dates = c.Dates with { Evaluated = e.On } };
    }

    private PetitionCase RequestReview(PetitionCase c, RequestReview r)
    {
        if (c.Status is CaseStatus.Concluded || c.Status == CaseStatus.InProgress || BeforeAcceptance.Contains(c.Status))
            Refuse("答复尚未送达，还不能申请复查。");
        RequireStatus(c, r);
        RequireDate(r, r.On, c.Dates.ReplyDelivered!.Value, "答复送达");
        RequireWithinWindow(c, r.On, DeadlineStep.ReviewRequest, "复查", "收到书面答复");
        return c with { Status = CaseStatus.ReviewRequested, Dates = c.Dates with { ReviewRequested = r.On } };
    }

    private static PetitionCase DecideReview(PetitionCase c, DecideReview d)
    {
        RequireStatus(c, d);
        RequireDate(d, d.On, c.Dates.ReviewRequested!.Value, "复查申请");
        RequireDate(d, d.DeliveredOn, d.On, "复查决定");
        return c with
        {
            Status = CaseStatus.ReviewDecided,
            Dates = c.Dates with { ReviewDecided = d.On, ReviewReplyDelivered = d.DeliveredOn },
        };
    }

    private PetitionCase RequestReReview(PetitionCase c, RequestReReview r)
    {
        if (c.Status != CaseStatus.ReviewDecided && c.Dates.ReviewDecided is null)
            Refuse("尚未复查，不能申请复核：复核须在复查决定之后提出（《信访工作条例》第三十六条）。");
        RequireStatus(c, r);
        RequireDate(r, r.On, c.Dates.ReviewReplyDelivered!.Value, "复查意见送达");
        RequireWithinWindow(c, r.On, DeadlineStep.ReReviewRequest, "复核", "收到复查意见");
        return c with { Status = CaseStatus.ReReviewRequested, Dates = c.Dates with { ReReviewRequested = r.On } };
    }

    private static PetitionCase RecordHearing(PetitionCase c, RecordHearing h)
    {
        RequireStatus(c, h);
        if (h.To < h.From)
            Refuse("听证结束日期不能早于开始日期。");
        RequireDate(h, h.From, c.Dates.ReReviewRequested!.Value, "复核申请");
        RequireDate(h, h.To, h.From, "听证开始");
        if (c.Hearings.Any(x => x.From <= h.To && h.From <= x.To))
            Refuse("这段听证时间与已记录的听证重叠。");
        return c with { Hearings = [.. c.Hearings, new DateRange(h.From, h.To)] };
    }

    private static PetitionCase DecideReReview(PetitionCase c, DecideReReview d)
    {
        RequireStatus(c, d);
        RequireDate(d, d.On, c.Dates.ReReviewRequested!.Value, "复核申请");
        RequireDate(d, d.DeliveredOn, d.On, "复核决定");
        return c with
        {
            Status = CaseStatus.ReReviewDecided,
            Dates = c.Dates with { ReReviewDecided = d.On, ReReviewReplyDelivered = d.DeliveredOn },
        };
    }

    private PetitionCase Close(PetitionCase c, CloseCase k)
    {
        RequireStatus(c, k);
        var satisfied = c.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied;
        if (c.Status is CaseStatus.ReplyDelivered or CaseStatus.Evaluated && !satisfied)
            RequireWindowPassed(c, k.On, DeadlineStep.ReviewRequest, "复查");
        if (c.Status == CaseStatus.ReviewDecided)
            RequireWindowPassed(c, k.On, DeadlineStep.ReReviewRequest, "复核");
        RequireDate(k, k.On, c.Dates.Registered ?? c.Dates.Received, "登记");
        return c with { Status = CaseStatus.Closed, Dates = c.Dates with { Closed = k.On } };
    }

    private static PetitionCase AddNote(PetitionCase c, AddProgressNote n)
    {
        RequireWhy(n, "请写明办理进展。");
        return c;
    }

    private void RequireWithinWindow(PetitionCase c, DateOnly on, DeadlineStep step, string what, string from)
    {
        var end = Deadlines.WindowEnd(c, step)!;
        if (on > end.Date)
        {
            var rule = Deadlines.Policy.Rule(step, c.Jurisdiction);
            Refuse($"已超过{what}申请期限：应自{from}之日起{rule.Limit}内提出，截止{ChineseDate.Format(end.Date)}（{rule.Citation}）。");
        }
    }

    private void RequireWindowPassed(PetitionCase c, DateOnly on, DeadlineStep step, string what)
    {
        var end = Deadlines.WindowEnd(c, step)!;
        if (on <= end.Date)
            Refuse($"信访人在{ChineseDate.Format(end.Date)}前仍可申请{what}，期满后才能终结。");
    }

    /// <summary>The statuses the step may be taken from, as <see cref="CaseSteps"/> lists them.</summary>
    private static void RequireStatus(PetitionCase c, CaseCommand command)
    {
        if (CaseSteps.Of(command).From.Contains(c.Status))
            return;
        if (c.Status == CaseStatus.ReReviewDecided)
            Refuse($"复核决定已作出，同一事实和理由不再受理，不能{command.Label}。");
        Refuse($"本件当前状态为“{c.Status.ToChinese()}”，不能{command.Label}。");
    }

    private static void RequireActor(CaseCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.By.Id))
            Refuse("请注明操作人。");
    }

    private static void RequireWhy(CaseCommand command, string reason)
    {
        if (string.IsNullOrWhiteSpace(command.Why))
            Refuse(reason);
    }

    /// <summary>A step's date can be neither in the future nor before the step it follows.</summary>
    private static void RequireDate(CaseCommand command, DateOnly date, DateOnly notBefore, string earlierStep)
    {
        var today = Today(command);
        if (date > today)
            Refuse($"{command.Label}日期（{ChineseDate.Format(date)}）不能晚于今天（{ChineseDate.Format(today)}）。");
        if (date < notBefore)
            Refuse($"{command.Label}日期（{ChineseDate.Format(date)}）不能早于{earlierStep}日期（{ChineseDate.Format(notBefore)}）。");
    }

    private static DateOnly Today(CaseCommand command) => DateOnly.FromDateTime(command.At.DateTime);

    private static void Refuse(string reason, string? argument = null) => throw new CaseTransitionRefusedException(reason, argument);
}
