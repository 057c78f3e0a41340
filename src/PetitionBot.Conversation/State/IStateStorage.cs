namespace PetitionBot.Conversation.State;

/// <summary>
/// Key/value store for bot state: each key holds one JSON document and an ETag that changes on every write.
/// Batches are per item, not transactional. Keys are arbitrary non-empty strings.
/// </summary>
public interface IStateStorage
{
    /// <summary>Reads the given keys; keys that do not exist are absent from the result (no null entries).</summary>
    /// <exception cref="StorageUnavailableException">The backing store cannot be reached; nothing was read.</exception>
    Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every item whose condition holds and returns the new ETag of each written key.
    /// Every item is attempted; if any condition failed, throws <see cref="StorageConflictException"/>
    /// naming those keys after the others were written.
    /// </summary>
    /// <exception cref="StorageConflictException">An item's expected ETag did not match (or it had to be new and was not).</exception>
    /// <exception cref="StorageUnavailableException">The backing store cannot be reached; the outcome of the batch is unknown.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StateWrite> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the given keys; missing keys are not an error.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Checks the store answers (for readiness probes) and returns the round-trip time.</summary>
    /// <exception cref="StorageUnavailableException">The backing store cannot be reached.</exception>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken);
}
