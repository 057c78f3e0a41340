using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Testing.Servers;
using StackExchange.Redis;

namespace PetitionBot.Conversation.Tests.State.Redis;

/// <summary>The process's one connection: which failures it reports as "Redis is unavailable" (503) and which it lets through.</summary>
public sealed class SharedRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;
    private SharedRedis _connection = null!;

    public Task InitializeAsync()
    {
        _connection = new SharedRedis(new SharedRedisOptions { Configuration = redis.Server.ConnectionString, KeyPrefix = "shared:" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public void Options_without_a_server_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SharedRedis(new SharedRedisOptions { Configuration = " " }));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new SharedRedis(new SharedRedisOptions { Configuration = "127.0.0.1:6379", OperationTimeout = TimeSpan.Zero }));
    }

    [Fact]
    public async Task A_call_runs_on_the_connection_and_returns_its_answer()
    {
        await _connection.RunAsync(c => c.GetDatabase().StringSetAsync(_connection.KeyPrefix + "k", "值"), _ct);

        Assert.Equal("值", await redis.Server.CommandAsync(_ct, "GET", "shared:k"));
    }

    [Theory]
    [InlineData(RedisErrorKind.Loading, "LOADING Redis is loading the dataset in memory")]
    [InlineData(RedisErrorKind.Busy, "BUSY Redis is busy running a script")]
    [InlineData(RedisErrorKind.MasterDown, "MASTERDOWN Link with MASTER is down")]
    [InlineData(RedisErrorKind.ClusterDown, "CLUSTERDOWN The cluster is down")]
    [InlineData(RedisErrorKind.TryAgain, "TRYAGAIN Multiple keys request during rehashing of slot")]
    [InlineData(RedisErrorKind.Misconfigured, "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk")]
    [InlineData(RedisErrorKind.ReadOnly, "READONLY You can't write against a read only replica.")]
    public async Task Errors_of_a_server_starting_or_failing_over_are_an_outage(RedisErrorKind kind, string message)
    {
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => _connection.RunAsync<bool>(_ => throw new RedisServerException(kind, CommandFlags.None, message), _ct));
    }

    [Fact]
    public async Task A_wrong_command_is_a_bug_not_an_outage()
    {
        var error = await Assert.ThrowsAsync<RedisServerException>(
            () => _connection.RunAsync(c => c.GetDatabase().ExecuteAsync("NO-SUCH-COMMAND"), _ct));

        Assert.Equal(RedisErrorKind.UnknownCommand, error.Kind);
    }

    [Fact]
    public async Task A_call_after_the_connection_is_closed_is_an_outage()
    {
        await _connection.RunAsync(c => c.GetDatabase().PingAsync(), _ct);
        await _connection.DisposeAsync();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => _connection.RunAsync(c => c.GetDatabase().PingAsync(), _ct));
    }

    [Fact]
    public async Task A_cancelled_call_is_cancelled_not_an_outage()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _connection.RunAsync(c => c.GetDatabase().PingAsync(), cancelled.Token));
    }
}
