namespace PetitionBot.Cases.Deadlines;

/// <summary>
/// The last day of a period. Provisional when it depends on a year whose holiday schedule
/// is not loaded (only weekends were treated as rest days there).
/// </summary>
public sealed record DueDate(DateOnly Date, bool IsProvisional)
{
    /// <summary>What to tell a user about a provisional date; null when the date is final.</summary>
    public string? ProvisionalNote => IsProvisional
        ? $"{Date.Year}年节假日安排尚未公布，暂按周末计算，仅供参考"
        : null;
}
