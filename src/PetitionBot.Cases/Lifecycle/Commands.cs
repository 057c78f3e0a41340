using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Lifecycle;

// The commands are small records of one shape; kept together so the whole vocabulary reads at a glance.

/// <summary>登记: the first event of every case.</summary>
public sealed record RegisterCase : CaseCommand
{
    public required NewCase Case { get; init; }
    public override string Label => "登记";
}

/// <summary>转送 (to the agency with jurisdiction) or 交办 (assigned by a higher 信访部门).</summary>
public sealed record TransferCase : CaseCommand
{
    public required string ToUnit { get; init; }
    public required DateOnly On { get; init; }
    public bool IsAssignment { get; init; }
    public override string Label => IsAssignment ? "交办" : "转送";
}

/// <summary>受理, with the written notice to the petitioner.</summary>
public sealed record AcceptCase : CaseCommand
{
    public required DateOnly On { get; init; }
    public string? Unit { get; init; }
    public string? Officer { get; init; }
    public override string Label => "受理";
}

/// <summary>不予受理 / 导入法定途径; <see cref="CaseCommand.Why"/> is the reason told to the petitioner.</summary>
public sealed record RejectCase : CaseCommand
{
    public required DateOnly On { get; init; }
    public override string Label => "不予受理";
}

/// <summary>Names the 承办人.</summary>
public sealed record AssignOfficer : CaseCommand
{
    public required string Officer { get; init; }
    public override string Label => "指定承办人";
}

/// <summary>延期: once, approved by 本机关负责人, with the reason told to the petitioner in <see cref="CaseCommand.Why"/>.</summary>
public sealed record ExtendCase : CaseCommand
{
    public required int Days { get; init; }
    public required string Approver { get; init; }
    public required DateOnly On { get; init; }
    public override string Label => "延期";
}

/// <summary>办结 with the 处理意见.</summary>
public sealed record ConcludeCase : CaseCommand
{
    public required DateOnly On { get; init; }
    public required HandlingOpinion Opinion { get; init; }
    public override string Label => "办结";
}

/// <summary>答复送达: the petitioner received the written reply (starts the 复查 request window).</summary>
public sealed record DeliverReply : CaseCommand
{
    public required DateOnly On { get; init; }
    public override string Label => "答复送达";
}

/// <summary>评价: the petitioner's 满意度.</summary>
public sealed record EvaluateCase : CaseCommand
{
    public required DateOnly On { get; init; }
    public required Satisfaction Satisfaction { get; init; }
    public override string Label => "评价";
}

/// <summary>复查申请 received.</summary>
public sealed record RequestReview : CaseCommand
{
    public required DateOnly On { get; init; }
    public override string Label => "复查申请";
}

/// <summary>复查决定, and when the petitioner received it (starts the 复核 request window).</summary>
public sealed record DecideReview : CaseCommand
{
    public required DateOnly On { get; init; }
    public required DateOnly DeliveredOn { get; init; }
    public override string Label => "复查决定";
}

/// <summary>复核申请 received.</summary>
public sealed record RequestReReview : CaseCommand
{
    public required DateOnly On { get; init; }
    public override string Label => "复核申请";
}

/// <summary>听证 held during a 复核; its days do not count towards the decision's limit.</summary>
public sealed record RecordHearing : CaseCommand
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public override string Label => "听证";
}

/// <summary>复核决定; afterwards the same facts and reasons are not accepted again.</summary>
public sealed record DecideReReview : CaseCommand
{
    public required DateOnly On { get; init; }
    public required DateOnly DeliveredOn { get; init; }
    public override string Label => "复核决定";
}

/// <summary>终结.</summary>
public sealed record CloseCase : CaseCommand
{
    public required DateOnly On { get; init; }
    public override string Label => "终结";
}

/// <summary>记录进展: a note on how the handling goes; changes no status or date. The note is <see cref="CaseCommand.Why"/>.</summary>
public sealed record AddProgressNote : CaseCommand
{
    public override string Label => "办理进展";
}
