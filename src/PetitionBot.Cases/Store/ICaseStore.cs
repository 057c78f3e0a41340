using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Cases.Store;

/// <summary>
/// Durable cases. Every change writes the case row and its event in one transaction.
/// Failures: <see cref="CaseTransitionRefusedException"/> (Chinese reason), <see cref="CaseNotFoundException"/>,
/// <see cref="CaseVersionConflictException"/> (someone changed it first), <see cref="CaseStoreUnavailableException"/>
/// (database down; nothing was written).
/// </summary>
public interface ICaseStore : IAsyncDisposable
{
    /// <summary>
    /// Registers a case, allocating its number and query code. A command whose idempotency key was already used
    /// returns the case that key created, as it is now.
    /// </summary>
    Task<PetitionCase> CreateAsync(RegisterCase command, CancellationToken cancellationToken);

    Task<PetitionCase?> GetByNumberAsync(string number, CancellationToken cancellationToken);

    Task<PetitionCase?> GetByQueryCodeAsync(string queryCode, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a command to the case at <paramref name="expectedVersion"/>; returns the new version of the case.
    /// A command whose idempotency key was already applied changes nothing and returns the case as it is now.
    /// </summary>
    Task<PetitionCase> ApplyAsync(string number, CaseCommand command, long expectedVersion, CancellationToken cancellationToken);

    Task<IReadOnlyList<PetitionCase>> FindAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>How many cases match the query's filters (its limit and offset ignored).</summary>
    Task<int> CountAsync(CaseQuery query, CancellationToken cancellationToken);

    /// <summary>The same count with, in the same query, how many of those cases are due before <paramref name="today"/>.</summary>
    Task<CaseCounts> CountAsync(CaseQuery query, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Every event of a case, oldest first.</summary>
    Task<IReadOnlyList<CaseEvent>> HistoryAsync(string number, CancellationToken cancellationToken);
}
