namespace PetitionBot.Cases.Statistics;

/// <summary>
/// The counts of one group of cases. Overdue follows the deadline rules the reminders use: an open case whose next
/// due date for the office (not a petitioner's window) is before the day asked about, or one concluded after its 办结
/// due date (with any 延期).
/// </summary>
/// <param name="Key">The group (see <see cref="CaseGrouping"/>); null for <see cref="CaseGrouping.None"/> or a missing value.</param>
/// <param name="Concluded">Cases that reached 办结.</param>
/// <param name="ConcludedOnTime">Of those, concluded on or before their 办结 due date.</param>
public sealed record CaseTally(string? Key, int Total, int Collective, int Open, int Overdue, int Concluded, int ConcludedOnTime)
{
    public static CaseTally Empty(string? key = null) => new(key, 0, 0, 0, 0, 0, 0);

    /// <summary>Overdue cases per case; 0 when there are none.</summary>
    public double OverdueRate => Total == 0 ? 0 : (double)Overdue / Total;

    /// <summary>Concluded on time per concluded case; null when none has been concluded.</summary>
    public double? OnTimeRate => Concluded == 0 ? null : (double)ConcludedOnTime / Concluded;

    public CaseTally Plus(CaseTally other) => new(Key, Total + other.Total, Collective + other.Collective, Open + other.Open,
        Overdue + other.Overdue, Concluded + other.Concluded, ConcludedOnTime + other.ConcludedOnTime);
}
