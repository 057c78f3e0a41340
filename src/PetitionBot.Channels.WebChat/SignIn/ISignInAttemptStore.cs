namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// Failure counts and locks by key (a hashed account or address). In Redis when configured, so every instance sees
/// the same counts; throws a storage-unavailable exception when that store cannot be reached.
/// </summary>
public interface ISignInAttemptStore
{
    /// <summary>How long the key stays locked; null when it is not locked.</summary>
    Task<TimeSpan?> LockedForAsync(string key, CancellationToken cancellationToken);

    /// <summary>Counts one failure; the failure that reaches the rule's limit starts a lock (atomically, across instances).</summary>
    Task<SignInFailureCount> RecordFailureAsync(string key, SignInLockRule rule, CancellationToken cancellationToken);

    /// <summary>Forgets the key's failures (not its locks, nor how many it had).</summary>
    Task ClearFailuresAsync(string key, CancellationToken cancellationToken);
}
