namespace PetitionBot.Channels.WeCom.Tests;

/// <summary>A clock the test sets, so timestamps of fixed vectors are fresh or stale on purpose.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
