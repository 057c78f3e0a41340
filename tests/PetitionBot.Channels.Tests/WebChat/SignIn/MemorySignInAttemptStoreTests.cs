using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.Tests.WebChat.SignIn;

/// <summary>The single-instance counts: a limit within a window starts a lock, each further lock within a day is longer.</summary>
public sealed class MemorySignInAttemptStoreTests
{
    private static readonly SignInLockRule Rule = new(3, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(35));
    private readonly ManualClock _clock = new(DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));
    private readonly MemorySignInAttemptStore _store;

    public MemorySignInAttemptStoreTests() => _store = new MemorySignInAttemptStore(_clock);

    private async Task<SignInFailureCount> FailAsync(string key, int times)
    {
        SignInFailureCount last = default;
        for (var i = 0; i < times; i++)
            last = await _store.RecordFailureAsync(key, Rule, CancellationToken.None);
        return last;
    }

    [Fact]
    public async Task The_failure_that_reaches_the_limit_starts_a_lock_that_ends_by_itself()
    {
        var below = await FailAsync("k", 2);
        var reaching = await FailAsync("k", 1);
        _clock.Advance(TimeSpan.FromMinutes(4));
        var during = await _store.LockedForAsync("k", CancellationToken.None);
        var failingWhileLocked = await FailAsync("k", 1);
        _clock.Advance(TimeSpan.FromMinutes(6));
        var after = await _store.LockedForAsync("k", CancellationToken.None);

        Assert.Equal(new SignInFailureCount(2, null, false), below);
        Assert.Equal(new SignInFailureCount(3, TimeSpan.FromMinutes(10), true), reaching);
        Assert.Equal(TimeSpan.FromMinutes(6), during);
        Assert.Equal(new SignInFailureCount(0, TimeSpan.FromMinutes(6), false), failingWhileLocked);
        Assert.Null(after);
        Assert.Equal(1, (await FailAsync("k", 1)).Failures);
    }

    [Fact]
    public async Task Failures_older_than_the_window_no_longer_count()
    {
        await FailAsync("k", 2);
        _clock.Advance(TimeSpan.FromMinutes(16));

        var next = await FailAsync("k", 1);

        Assert.Equal(new SignInFailureCount(1, null, false), next);
        Assert.Null(await _store.LockedForAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Each_further_lock_within_a_day_is_twice_as_long_up_to_the_longest()
    {
        var lengths = new List<TimeSpan?>();
        for (var round = 0; round < 4; round++)
        {
            var locking = await FailAsync("k", 3);
            lengths.Add(locking.LockedFor);
            _clock.Advance(locking.LockedFor!.Value);
        }
        _clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await FailAsync("k", 3);

        Assert.Equal([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(35), TimeSpan.FromMinutes(35)], lengths);
        Assert.Equal(TimeSpan.FromMinutes(10), nextDay.LockedFor);
    }

    [Fact]
    public async Task Clearing_forgets_the_failures_of_that_key_only()
    {
        await FailAsync("a", 2);
        await FailAsync("b", 2);

        await _store.ClearFailuresAsync("a", CancellationToken.None);

        Assert.Null((await FailAsync("a", 2)).LockedFor);
        Assert.True((await FailAsync("b", 1)).LockStarted);
    }
}
