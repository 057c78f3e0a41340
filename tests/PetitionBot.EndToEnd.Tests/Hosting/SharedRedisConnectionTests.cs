using System.Net;
using PetitionBot.EndToEnd.Tests.WebChat.SignIn;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>
/// The host keeps one Redis connection for the whole process: state, the Direct Line log and the sign-in counts all
/// land in Redis, yet the server sees the clients of one multiplexer (an interactive and a subscription connection).
/// </summary>
public sealed class SharedRedisConnectionTests : IAsyncLifetime
{
    private const string Secret = "shared-redis-secret-0123456789";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-shared-redis-").FullName;
    private RedisServer _redis = null!;
    private BotHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = _redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["DirectLine__Secret"] = Secret,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task State_direct_line_and_sign_in_counts_share_one_connection()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAttempts.SignInAsync(_host.Client, "officer-li", "wrong-1")).Status);
        var generated = await DirectLineCalls.SendAsync(_host, HttpMethod.Post, "v3/directline/tokens/generate", Secret, new { user = new { id = "officer-li", name = "李明" } });
        var token = (string)generated["token"]!;
        var conversationId = (string)(await DirectLineCalls.SendAsync(_host, HttpMethod.Post, "v3/directline/conversations", token))["conversationId"]!;
        await DirectLineCalls.SendAsync(_host, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text = "登记来访", channelData = new { clientActivityID = "shared-1" } });

        Assert.NotEqual(0, await CountKeysAsync("petitionbot:signin:*"));
        Assert.NotEqual(0, await CountKeysAsync("petitionbot:dl:*"));
        Assert.NotEqual(0, await CountKeysAsync("petitionbot:*") - await CountKeysAsync("petitionbot:signin:*") - await CountKeysAsync("petitionbot:dl:*"));
        // Less our own connection, which asks.
        Assert.InRange(await ConnectedClientsAsync() - 1, 1, 2);
    }

    private async Task<long> CountKeysAsync(string pattern) =>
        long.Parse((await _redis.CommandAsync(CancellationToken.None, "EVAL", "return #redis.call('KEYS', ARGV[1])", "0", pattern))!);

    private async Task<int> ConnectedClientsAsync()
    {
        var info = await _redis.CommandAsync(CancellationToken.None, "INFO", "clients") ?? "";
        var line = info.Split('\n').Single(l => l.StartsWith("connected_clients:", StringComparison.Ordinal));
        return int.Parse(line["connected_clients:".Length..].Trim());
    }
}
