namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// Configuration section "WebChat:SignIn": how many wrong passwords an account and a client address may send before
/// the sign-in is locked for a while, and how much password hashing may run at once.
/// </summary>
public sealed class SignInLimitOptions
{
    /// <summary>Failures for one account (or one typed name that is no account) within <see cref="Window"/> that lock it; 0 turns the limit off.</summary>
    public int MaxFailuresPerAccount { get; set; } = 5;

    /// <summary>
    /// Failures from one client address within <see cref="Window"/>, across accounts, that lock it; 0 turns the limit off.
    /// Behind a reverse proxy every client has the proxy's address unless ForwardedHeaders:KnownProxies names it.
    /// </summary>
    public int MaxFailuresPerAddress { get; set; } = 20;

    /// <summary>How long a failure counts.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The first lock's length; each further lock of the same account or address within a day doubles it.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest a lock grows to.</summary>
    public TimeSpan MaxLockDuration { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Password checks (PBKDF2, ~0.2 s of a core each) running at once; 0 means one per processor.</summary>
    public int MaxConcurrentHashes { get; set; }

    /// <summary>How long a sign-in waits for a free password check before it is told 503 and to try again.</summary>
    public TimeSpan HashWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long earlier locks are remembered when the next one's length is chosen.</summary>
    public static readonly TimeSpan RepeatMemory = TimeSpan.FromDays(1);

    public int ConcurrentHashes => MaxConcurrentHashes > 0 ? MaxConcurrentHashes : Environment.ProcessorCount;

    public SignInLockRule AccountRule => new(MaxFailuresPerAccount, Window, LockDuration, MaxLockDuration);

    public SignInLockRule AddressRule => new(MaxFailuresPerAddress, Window, LockDuration, MaxLockDuration);
}
