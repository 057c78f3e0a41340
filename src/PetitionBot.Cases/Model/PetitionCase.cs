using System.Text.Json.Serialization;
using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Model;

/// <summary>A petition case (信访件). Immutable: every change is a new value produced by the lifecycle.</summary>
public sealed record PetitionCase
{
    /// <summary>5 or more people visiting together is a 集体访.</summary>
    public const int CollectiveThreshold = 5;

    /// <summary>信访件编号, e.g. XF-2026-000123.</summary>
    public required string Number { get; init; }

    /// <summary>查询码 a petitioner can use to ask about progress.</summary>
    public required string QueryCode { get; init; }

    /// <summary>Which deadline rules apply (a jurisdiction id of the policy).</summary>
    public required string Jurisdiction { get; init; }

    public required PetitionForm Form { get; init; }
    public required IReadOnlyList<Petitioner> Petitioners { get; init; }
    public required int PeopleCount { get; init; }

    [JsonIgnore]
    public bool IsCollective => PeopleCount >= CollectiveThreshold;

    /// <summary>问题属地: where the problem is.</summary>
    public required string ProblemLocation { get; init; }

    public MatterNature? Nature { get; init; }

    /// <summary>内容分类 (城乡建设, 劳动社保 …); the list is configuration, not code.</summary>
    public string? Category { get; init; }

    public required PetitionClaim Claim { get; init; }

    /// <summary>The unit that registered the case.</summary>
    public required string RegisteringUnit { get; init; }

    /// <summary>责任单位 once transferred, assigned or accepted.</summary>
    public string? ResponsibleUnit { get; init; }

    /// <summary>承办人: the handling officer's id.</summary>
    public string? HandlingOfficer { get; init; }

    public required CaseStatus Status { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    public required CaseDates Dates { get; init; }
    public CaseExtension? Extension { get; init; }

    /// <summary>听证 periods of a 复核, which its clock does not count.</summary>
    public IReadOnlyList<DateRange> Hearings { get; init; } = [];

    /// <summary>The 不予受理 reason or the 导入法定途径 told to the petitioner.</summary>
    public string? NotAcceptedReason { get; init; }

    public HandlingOpinion? Opinion { get; init; }
    public Satisfaction? Satisfaction { get; init; }

    /// <summary>Increases by one with every change; the store's optimistic concurrency token.</summary>
    public required long Version { get; init; }

    [JsonIgnore]
    public bool IsOpen => Status != CaseStatus.Closed;
}
