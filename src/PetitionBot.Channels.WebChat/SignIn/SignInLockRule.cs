namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// <paramref name="MaxFailures"/> failures within <paramref name="Window"/> lock for <paramref name="LockDuration"/>,
/// doubled for each earlier lock remembered, up to <paramref name="MaxLockDuration"/>.
/// </summary>
public sealed record SignInLockRule(int MaxFailures, TimeSpan Window, TimeSpan LockDuration, TimeSpan MaxLockDuration)
{
    public bool IsOn => MaxFailures > 0;

    /// <summary>The length of the <paramref name="nth"/> lock (1 for the first).</summary>
    public TimeSpan LockLength(long nth)
    {
        var length = LockDuration;
        for (var i = 1; i < nth && length < MaxLockDuration; i++)
            length += length;
        return length < MaxLockDuration ? length : MaxLockDuration;
    }
}
