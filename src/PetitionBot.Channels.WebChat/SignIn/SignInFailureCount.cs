namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// What recording one failure did: the failures now counted, and the lock in force afterwards (null when none).
/// <paramref name="LockStarted"/> is true when this very failure started it.
/// </summary>
public readonly record struct SignInFailureCount(long Failures, TimeSpan? LockedFor, bool LockStarted);
