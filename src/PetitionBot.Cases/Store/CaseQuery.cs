namespace PetitionBot.Cases.Store;

/// <summary>
/// Filters for <see cref="ICaseStore.FindAsync"/>; all given filters must match. Results come ordered by
/// next due date (cases without one last), then number.
/// </summary>
public sealed record CaseQuery
{
    /// <summary>Exact name of any petitioner.</summary>
    public string? PetitionerName { get; init; }

    /// <summary>Any petitioner's phone, written in any usual way (+86, spaces, dashes).</summary>
    public string? PetitionerPhone { get; init; }

    /// <summary>Any petitioner's 身份证号 (a lower-case x is read as X).</summary>
    public string? PetitionerIdNumber { get; init; }

    /// <summary>承办人 id: "我的案件".</summary>
    public string? HandlingOfficer { get; init; }

    /// <summary>"我的案件": cases this user handles (承办人) or registered.</summary>
    public string? HandledOrRegisteredBy { get; init; }

    /// <summary>Cases registered by, or the responsibility of, any of these units (an officer's one, a supervisor's jurisdiction).</summary>
    public IReadOnlyList<string>? Units { get; init; }

    public bool OpenOnly { get; init; }

    /// <summary>Open cases whose next due date is on or after this day.</summary>
    public DateOnly? DueFrom { get; init; }

    /// <summary>Open cases whose next due date is on or before this day (yellow and red candidates).</summary>
    public DateOnly? DueTo { get; init; }

    /// <summary>Only 集体访 (true) or only individual cases (false).</summary>
    public bool? Collective { get; init; }

    /// <summary>Cases received on or after this day (a statistic's period).</summary>
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>Cases received on or before this day.</summary>
    public DateOnly? ReceivedTo { get; init; }

    public int Limit { get; init; } = 100;

    /// <summary>Rows to skip, for paging through a list.</summary>
    public int Offset { get; init; }

    /// <summary>Open cases due on or before <paramref name="day"/>, for reminders and 红黄牌.</summary>
    public static CaseQuery OpenDueBy(DateOnly day) => new() { OpenOnly = true, DueTo = day };
}
