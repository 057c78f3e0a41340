using PetitionBot.Conversation.State.Redis;
using PetitionBot.Testing.Servers;
using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.Tests.WebChat.SignIn;

/// <summary>The Redis counts (a real server): the same rules as in memory, seen alike by two instances' connections.</summary>
public sealed class RedisSignInAttemptStoreTests : IAsyncLifetime
{
    private static readonly SignInLockRule Rule = new(3, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(35));
    private RedisServer _redis = null!;
    private SharedRedis _first = null!;
    private SharedRedis _second = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        // Two instances: each process has its own connection.
        _first = new SharedRedis(new SharedRedisOptions { Configuration = _redis.ConnectionString, KeyPrefix = "test:" });
        _second = new SharedRedis(new SharedRedisOptions { Configuration = _redis.ConnectionString, KeyPrefix = "test:" });
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Failures_through_two_connections_add_up_and_the_limit_starts_one_lock()
    {
        var a = new RedisSignInAttemptStore(_first);
        var b = new RedisSignInAttemptStore(_second);

        var first = await a.RecordFailureAsync("k", Rule, CancellationToken.None);
        var second = await b.RecordFailureAsync("k", Rule, CancellationToken.None);
        var third = await a.RecordFailureAsync("k", Rule, CancellationToken.None);
        var whileLocked = await b.RecordFailureAsync("k", Rule, CancellationToken.None);
        var seenByB = await b.LockedForAsync("k", CancellationToken.None);

        Assert.Equal(new SignInFailureCount(1, null, false), first);
        Assert.Equal(new SignInFailureCount(2, null, false), second);
        Assert.Equal(new SignInFailureCount(3, TimeSpan.FromMinutes(10), true), third);
        Assert.False(whileLocked.LockStarted);
        Assert.InRange(seenByB!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
        Assert.Null(await b.LockedForAsync("other", CancellationToken.None));
    }

    [Fact]
    public async Task A_second_lock_is_twice_as_long_and_clearing_forgets_failures()
    {
        var store = new RedisSignInAttemptStore(_first);
        for (var i = 0; i < 3; i++)
            await store.RecordFailureAsync("k", Rule, CancellationToken.None);
        // End the first lock early, as time would.
        await _redis.CommandAsync(CancellationToken.None, "DEL", "test:signin:{k}:lock");
        await store.RecordFailureAsync("k", Rule, CancellationToken.None);
        await store.ClearFailuresAsync("k", CancellationToken.None);
        await store.RecordFailureAsync("k", Rule, CancellationToken.None);
        await store.RecordFailureAsync("k", Rule, CancellationToken.None);

        var secondLock = await store.RecordFailureAsync("k", Rule, CancellationToken.None);

        Assert.Equal(new SignInFailureCount(3, TimeSpan.FromMinutes(20), true), secondLock);
    }

    [Fact]
    public async Task With_redis_down_a_call_says_storage_unavailable_and_works_again_when_it_is_back()
    {
        var store = new RedisSignInAttemptStore(_first);
        await store.RecordFailureAsync("k", Rule, CancellationToken.None);

        await _redis.StopAsync();
        await Assert.ThrowsAsync<PetitionBot.Conversation.State.StorageUnavailableException>(
            () => store.LockedForAsync("k", CancellationToken.None));
        await _redis.RestartAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                Assert.Null(await store.LockedForAsync("k", CancellationToken.None));
                break;
            }
            catch (PetitionBot.Conversation.State.StorageUnavailableException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
