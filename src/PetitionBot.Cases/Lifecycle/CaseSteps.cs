using PetitionBot.Cases.Deadlines;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>
/// The lifecycle in one table. <see cref="Steps"/>: each step's command, the statuses it may be taken from, the words an
/// officer uses for it and the button that offers it. <see cref="Waits"/>: the time limit that runs while a case waits
/// in a status, and the date its clock starts. The lifecycle's status checks, the pending deadline, the chat's step words
/// and its buttons are all read from here, so a new step is a row (and its command's own checks).
/// </summary>
public static class CaseSteps
{
    private static readonly CaseStatus[] BeforeAcceptance = [CaseStatus.Registered, CaseStatus.Transferred, CaseStatus.Assigned];

    public static readonly IReadOnlyList<CaseStep> Steps =
    [
        new(typeof(AcceptCase), BeforeAcceptance, ["受理"], [new("受理")]),
        new(typeof(TransferCase), [CaseStatus.Registered], ["转送", "转办", "转给", "交办"], [new("转送")]),
        new(typeof(RejectCase), BeforeAcceptance, ["不予受理", "不受理"], [new("不予受理", c => c.Status != CaseStatus.Registered)]),
        // Notes and the officer's name go with any status the command itself allows.
        new(typeof(AddProgressNote), [], ["记录进展", "更新进展", "添加进展"], [new("记录进展", c => c.Status == CaseStatus.InProgress)]),
        new(typeof(AssignOfficer), [], [], []),
        new(typeof(ExtendCase), [CaseStatus.InProgress], ["申请延期", "延长期限", "延期"], [new("申请延期", c => c.Extension is null)]),
        new(typeof(ConcludeCase), [CaseStatus.InProgress], ["办结", "结案"], [new("办结", c => c.Extension is not null)]),
        new(typeof(DeliverReply), [CaseStatus.Concluded], ["答复送达", "答复", "回复", "送达"], [new("答复送达")]),
        new(typeof(EvaluateCase), [CaseStatus.ReplyDelivered], ["满意度", "评价"], [new("评价")]),
        new(typeof(RequestReview), [CaseStatus.ReplyDelivered, CaseStatus.Evaluated], ["复查申请", "申请复查", "复查"], [new("复查申请")]),
        new(typeof(DecideReview), [CaseStatus.ReviewRequested], ["复查决定", "复查意见"], [new("复查决定")]),
        new(typeof(RequestReReview), [CaseStatus.ReviewDecided], ["复核申请", "申请复核", "复核"], [new("复核申请")]),
        // A hearing is recorded by the form that decides the re-review, not by a word of its own.
        new(typeof(RecordHearing), [CaseStatus.ReReviewRequested], [], []),
        new(typeof(DecideReReview), [CaseStatus.ReReviewRequested], ["复核决定", "复核意见"], [new("复核决定")]),
        new(typeof(CloseCase),
            [CaseStatus.NotAccepted, CaseStatus.ReplyDelivered, CaseStatus.Evaluated, CaseStatus.ReviewDecided, CaseStatus.ReReviewDecided],
            ["终结"], [new("终结", c => c.Status != CaseStatus.ReplyDelivered)]),
    ];

    public static readonly IReadOnlyList<CaseWait> Waits =
    [
        new(CaseStatus.Registered, DeadlineStep.Register, d => d.Received),
        new(CaseStatus.Transferred, DeadlineStep.TransferAcceptanceNotice, d => d.Transferred ?? d.Received),
        new(CaseStatus.Assigned, DeadlineStep.TransferAcceptanceNotice, d => d.Transferred ?? d.Received),
        // 办结 runs from 受理 and moves with a 延期; CaseDeadlines adds the extension.
        new(CaseStatus.InProgress, DeadlineStep.Conclude, d => d.Accepted),
        new(CaseStatus.ReplyDelivered, DeadlineStep.ReviewRequest, d => d.ReplyDelivered),
        new(CaseStatus.Evaluated, DeadlineStep.ReviewRequest, d => d.ReplyDelivered),
        new(CaseStatus.ReviewRequested, DeadlineStep.ReviewDecision, d => d.ReviewRequested),
        new(CaseStatus.ReviewDecided, DeadlineStep.ReReviewRequest, d => d.ReviewReplyDelivered),
        new(CaseStatus.ReReviewRequested, DeadlineStep.ReReviewDecision, d => d.ReReviewRequested),
    ];

    /// <summary>The row of a command's type.</summary>
    public static CaseStep Of(CaseCommand command) =>
        Steps.FirstOrDefault(s => s.Command == command.GetType())
        ?? throw new ArgumentException($"No lifecycle row for {command.GetType().Name}.", nameof(command));

    /// <summary>The time limit a case in <paramref name="status"/> waits under, if any.</summary>
    public static CaseWait? WaitIn(CaseStatus status) => Waits.FirstOrDefault(w => w.Status == status);

    /// <summary>The buttons worth offering for a case, in the table's order.</summary>
    public static IEnumerable<string> ButtonsFor(PetitionCase c) =>
        Steps.Where(s => s.From.Length == 0 || s.From.Contains(c.Status))
            .SelectMany(s => s.Buttons.Where(b => b.When is null || b.When(c)).Select(b => b.Text));

    /// <summary>Every step word, longest first, so 不予受理 is found before 受理 and 复查决定 before 复查.</summary>
    public static IReadOnlyList<string> Words { get; } =
        [.. Steps.SelectMany(s => s.Verbs).Distinct().OrderByDescending(v => v.Length)];
}

/// <summary>One step: its command type, the statuses it may be taken from (none: the command checks), its words, its buttons.</summary>
public sealed record CaseStep(Type Command, CaseStatus[] From, string[] Verbs, CaseStepButton[] Buttons);

/// <summary>A button offering a step, shown only when <paramref name="When"/> holds (always when null).</summary>
public sealed record CaseStepButton(string Text, Func<PetitionCase, bool>? When = null);

/// <summary>While a case is in <paramref name="Status"/>, the limit of <paramref name="Step"/> runs from <paramref name="ClockStart"/>.</summary>
public sealed record CaseWait(CaseStatus Status, DeadlineStep Step, Func<CaseDates, DateOnly?> ClockStart);
