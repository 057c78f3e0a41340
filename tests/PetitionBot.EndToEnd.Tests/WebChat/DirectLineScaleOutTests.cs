using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>Two bot host processes sharing one Redis and one token key, as behind a load balancer with no sticky sessions.</summary>
[Collection(WebChatCollection.Name)]
public sealed class DirectLineScaleOutTests : IAsyncLifetime
{
    private const string Secret = "scale-out-secret-0123456789";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-dl-scale-").FullName;
    private RedisServer _redis = null!;
    private BotHostProcess _a = null!;
    private BotHostProcess _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        Dictionary<string, string> Settings(string name) => new()
        {
            ["Redis__Configuration"] = _redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, name + ".db"),
            ["DirectLine__Secret"] = Secret,
            ["DirectLine__TokenSigningKey"] = "scale-out-signing-key-0123456789-abcdef",
        };
        var a = BotHostProcess.StartAsync(Settings("a"));
        var b = BotHostProcess.StartAsync(Settings("b"));
        _a = await a;
        _b = await b;
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task A_conversation_started_on_one_instance_is_posted_to_polled_and_streamed_on_the_other()
    {
        var generated = await DirectLineCalls.SendAsync(_a, HttpMethod.Post, "v3/directline/tokens/generate", Secret, new { user = new { id = "officer-li", name = "李明" } });
        var token = (string)generated["token"]!;
        var started = await DirectLineCalls.SendAsync(_a, HttpMethod.Post, "v3/directline/conversations", token);
        var conversationId = (string)started["conversationId"]!;
        var reconnect = await DirectLineCalls.SendAsync(_b, HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=1", token);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)reconnect["streamUrl"]!), CancellationToken.None);

        await DirectLineCalls.SendAsync(_a, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token,
            new { type = "message", text = "登记来访", channelData = new { clientActivityID = "scale-1" } });
        var pushed = await ReadUntilAsync(socket, "来访人姓名");
        var polled = await DirectLineCalls.SendAsync(_b, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);

        Assert.Contains("登记来访", pushed);
        var texts = polled["activities"]!.AsArray().Select(a => (string?)a!["text"] ?? "").ToList();
        Assert.Contains(texts, t => t.Contains("信访工作助手"));
        Assert.Equal("登记来访", texts[1]);
        Assert.Contains(texts, t => t.Contains("来访人姓名"));
    }

    /// <summary>Reads stream frames until one carries the expected text; returns all texts seen.</summary>
    private static async Task<string> ReadUntilAsync(ClientWebSocket socket, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var seen = new StringBuilder();
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (!seen.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage || frame.Length == 0)
                continue;
            var set = JsonNode.Parse(Encoding.UTF8.GetString(frame.ToArray()))!;
            foreach (var activity in set["activities"]!.AsArray())
                seen.AppendLine((string?)activity!["text"]);
            frame.SetLength(0);
        }
        return seen.ToString();
    }
}
