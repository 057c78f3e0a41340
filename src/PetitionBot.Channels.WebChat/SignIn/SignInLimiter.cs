namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// The limits on guessing passwords: failures are counted per account and per client address; past a limit the
/// sign-in is locked for a while (longer each time), and one audit line says so when a lock starts.
/// </summary>
public sealed class SignInLimiter(ISignInAttemptStore store, SignInLimitOptions options, ILogger<SignInLimiter> logger)
{
    private static readonly EventId LockStarted = new(4290, "SignInLocked");

    /// <summary>The lock in force for this caller (the longer one when both are locked); null when it may try.</summary>
    public async Task<SignInLock?> LockOfAsync(SignInCaller caller, CancellationToken cancellationToken)
    {
        var account = options.AccountRule.IsOn ? await store.LockedForAsync(caller.AccountKey, cancellationToken) : null;
        var address = options.AddressRule.IsOn ? await store.LockedForAsync(caller.AddressKey, cancellationToken) : null;
        return Longer(account is { } a ? new SignInLock(SignInLockScope.Account, a) : null,
            address is { } b ? new SignInLock(SignInLockScope.Address, b) : null);
    }

    /// <summary>Counts a wrong password; returns the lock in force afterwards, if any.</summary>
    public async Task<SignInLock?> RecordFailureAsync(SignInCaller caller, CancellationToken cancellationToken)
    {
        SignInLock? account = null, address = null;
        if (options.AccountRule.IsOn)
        {
            var count = await store.RecordFailureAsync(caller.AccountKey, options.AccountRule, cancellationToken);
            account = Audit(count, SignInLockScope.Account, caller.AccountForLog);
        }
        if (options.AddressRule.IsOn)
        {
            var count = await store.RecordFailureAsync(caller.AddressKey, options.AddressRule, cancellationToken);
            address = Audit(count, SignInLockScope.Address, caller.AddressForLog);
        }
        return Longer(account, address);
    }

    /// <summary>A right password: the account's failures are forgotten (the address's are not, or one good account
    /// would let an address guess at every other).</summary>
    public Task RecordSuccessAsync(SignInCaller caller, CancellationToken cancellationToken) =>
        options.AccountRule.IsOn ? store.ClearFailuresAsync(caller.AccountKey, cancellationToken) : Task.CompletedTask;

    private SignInLock? Audit(SignInFailureCount count, SignInLockScope scope, string subject)
    {
        if (count.LockedFor is not { } lockedFor)
            return null;
        if (count.LockStarted)
        {
            logger.LogWarning(LockStarted,
                "Sign-in locked: {Scope} {Subject} after {Failures} failed attempts within {Window}; locked for {LockSeconds} s",
                scope, subject, count.Failures, options.Window, (long)Math.Ceiling(lockedFor.TotalSeconds));
        }
        return new SignInLock(scope, lockedFor);
    }

    private static SignInLock? Longer(SignInLock? a, SignInLock? b) =>
        a is null ? b : b is null ? a : a.RetryAfter >= b.RetryAfter ? a : b;
}
