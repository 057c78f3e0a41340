using PetitionBot.Cases.Store;

namespace PetitionBot.Cases.Statistics;

/// <summary>
/// Counts over the case store, computed by the database (GROUP BY over an index), never by loading cases. The filter is a
/// <see cref="CaseQuery"/>: a caller narrows it to what the user may see and sets the period (received from/to).
/// </summary>
public interface ICaseStatistics
{
    /// <summary>The cases matching <paramref name="filter"/> counted by <paramref name="grouping"/>; overdue as of <paramref name="today"/>.</summary>
    Task<IReadOnlyList<CaseTally>> TallyAsync(CaseQuery filter, CaseGrouping grouping, DateOnly today, CancellationToken cancellationToken);

    /// <summary>People with at least <paramref name="minCases"/> matching cases; the <paramref name="top"/> most frequent listed.</summary>
    Task<RepeatPetitioners> RepeatPetitionersAsync(CaseQuery filter, int minCases, int top, CancellationToken cancellationToken);
}
