namespace PetitionBot.Channels.WebChat.SignIn;

public enum SignInLockScope
{
    Account,
    Address,
}

/// <summary>A sign-in that may not be tried now: which limit, and how long until it may.</summary>
public sealed record SignInLock(SignInLockScope Scope, TimeSpan RetryAfter);
