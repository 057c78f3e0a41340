using System.Text;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Conversation.Tests.State.Redis;

/// <summary>The storage contract against a real redis-server; every test works under its own key prefix.</summary>
public class RedisStorageTests(RedisServerFixture redis) : StateStorageContractTests, IClassFixture<RedisServerFixture>
{
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private SharedRedis? _connection;

    // Real time on a loaded machine: 3 s leaves almost a second of slack for a late timer on every "still there" check.
    protected override TimeSpan ShortTtl => TimeSpan.FromSeconds(3);

    // Every storage of a test shares one connection, as every store of a process does.
    protected override Task<IStateStorage> NewStorageAsync(TimeSpan? slidingTtl)
    {
        _connection ??= new SharedRedis(new SharedRedisOptions { Configuration = redis.Server.ConnectionString, KeyPrefix = _prefix });
        return Task.FromResult<IStateStorage>(new RedisStorage(_connection, new RedisStorageOptions { SlidingTtl = slidingTtl }));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }

    protected override Task LetTimePassAsync(TimeSpan duration) => Task.Delay(duration, Ct);

    [Fact]
    public async Task Items_live_under_the_key_prefix_as_a_hash_of_document_and_etag()
    {
        var storage = await CreateAsync();

        var etag = await storage.WriteAsync("webchat/conversations/c1", StateWrite.Always(Json("""{"事项":"咨询"}""")), Ct);

        var redisKey = _prefix + "webchat/conversations/c1";
        Assert.Equal("hash", await redis.Server.CommandAsync(Ct, "TYPE", redisKey));
        Assert.Equal(etag, await redis.Server.CommandAsync(Ct, "HGET", redisKey, "etag"));
        Assert.Equal("""{"事项":"咨询"}""", await redis.Server.CommandAsync(Ct, "HGET", redisKey, "doc"));
        Assert.Equal("-1", await redis.Server.CommandAsync(Ct, "PTTL", redisKey)); // no TTL configured
    }

    [Fact]
    public async Task A_sliding_ttl_is_set_on_write_and_renewed_by_read()
    {
        var storage = await CreateAsync(TimeSpan.FromHours(1));
        await storage.WriteAsync("k", StateWrite.Always(Json("{}")), Ct);
        var redisKey = _prefix + "k";
        await redis.Server.CommandAsync(Ct, "PEXPIRE", redisKey, "60000");

        await storage.ReadAsync("k", Ct);

        var remaining = long.Parse((await redis.Server.CommandAsync(Ct, "PTTL", redisKey))!);
        Assert.InRange(remaining, 3_000_000, 3_600_000);
    }

    [Fact]
    public async Task Ping_answers_with_a_round_trip_time()
    {
        var storage = await CreateAsync();

        var roundTrip = await storage.PingAsync(Ct);

        Assert.InRange(roundTrip, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_sliding_ttl_under_a_millisecond_is_refused()
    {
        await using var connection = new SharedRedis(new SharedRedisOptions { Configuration = redis.Server.ConnectionString });

        Assert.Throws<ArgumentOutOfRangeException>(() => new RedisStorage(connection, new RedisStorageOptions { SlidingTtl = TimeSpan.FromTicks(1) }));
    }
}
