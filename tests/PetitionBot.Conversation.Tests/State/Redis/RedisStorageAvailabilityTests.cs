using System.Diagnostics;
using System.Text;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.Testing.Servers;

namespace PetitionBot.Conversation.Tests.State.Redis;

/// <summary>Redis going away and coming back; each test owns its server because it stops it.</summary>
public class RedisStorageAvailabilityTests
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(2);
    private readonly CancellationToken _ct = new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token;

    [Fact]
    public async Task A_stopped_redis_gives_storage_unavailable_and_work_resumes_when_it_is_back()
    {
        await using var server = await RedisServer.StartAsync(persistent: true, _ct);
        await using var connection = Connect(server.ConnectionString);
        var storage = new RedisStorage(connection);
        var etag = await storage.WriteAsync("webchat/conversations/c1", StateWrite.Always(Json("""{"步骤":2}""")), _ct);

        await server.StopAsync(_ct);

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync("webchat/conversations/c1", _ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.WriteAsync("webchat/conversations/c1", StateWrite.IfMatch(Json("""{"步骤":3}"""), etag), _ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(_ct));
        Assert.True(clock.Elapsed < OperationTimeout * 3 + TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");

        await server.RestartAsync(_ct);
        var item = await EventuallyAsync(() => storage.ReadAsync("webchat/conversations/c1", _ct));
        Assert.Equal(etag, item!.ETag);
        await storage.WriteAsync("webchat/conversations/c1", StateWrite.IfMatch(Json("""{"步骤":3}"""), etag), _ct);
    }

    [Fact]
    public async Task A_redis_that_was_never_there_gives_storage_unavailable()
    {
        await using var connection = Connect($"127.0.0.1:{FreeTcpPort.Next()},connectTimeout=500");
        var storage = new RedisStorage(connection);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.ReadAsync("k", _ct));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(_ct));
    }

    [Fact]
    public async Task Data_written_before_a_restart_is_read_back_and_compare_and_set_continues()
    {
        await using var server = await RedisServer.StartAsync(persistent: true, _ct);
        await using var connection = Connect(server.ConnectionString);
        var storage = new RedisStorage(connection);
        var etag = await storage.WriteAsync("webchat/conversations/c2", StateWrite.Always(Json("""{"姓名":"李四","步骤":1}""")), _ct);

        await server.RestartAsync(_ct);

        var item = await EventuallyAsync(() => storage.ReadAsync("webchat/conversations/c2", _ct));
        Assert.Equal(etag, item!.ETag);
        Assert.Equal("李四", item.ToJsonNode()!["姓名"]!.GetValue<string>());
        // The restarted server has lost its script cache: this write goes through the EVAL fallback.
        var next = await storage.WriteAsync("webchat/conversations/c2", StateWrite.Replacing(item, Json("""{"姓名":"李四","步骤":2}""")), _ct);
        await Assert.ThrowsAsync<StorageConflictException>(
            () => storage.WriteAsync("webchat/conversations/c2", StateWrite.IfMatch(Json("{}"), etag), _ct));
        Assert.Equal(next, (await storage.ReadAsync("webchat/conversations/c2", _ct))!.ETag);
    }

    private static SharedRedis Connect(string configuration) =>
        new(new SharedRedisOptions { Configuration = configuration, OperationTimeout = OperationTimeout });

    /// <summary>The client reconnects on its own a moment after the server is back; retry until it has.</summary>
    private async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (StorageUnavailableException) when (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100, _ct);
            }
        }
    }

    private static byte[] Json(string json) => Encoding.UTF8.GetBytes(json);
}
