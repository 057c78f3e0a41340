using PetitionBot.DirectLine.Tests.Infrastructure;
using PetitionBot.Testing.Servers;

namespace PetitionBot.DirectLine.Tests.Storage;

/// <summary>Two channel instances sharing one real Redis and one signing key, as behind a load balancer.</summary>
public sealed class RedisSharingTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private RedisServer _redis = null!;
    private ChannelHost _a = null!;
    private ChannelHost _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = await ChannelHost.StartAsync(redis: _redis.ConnectionString);
        _b = await ChannelHost.StartAsync(redis: _redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_conversation_started_and_posted_on_one_instance_polls_on_the_other()
    {
        var (conversationId, token) = await _a.StartConversationAsync();
        await _b.PostMessageAsync(conversationId, token, "你好", "c-1");

        var set = await _a.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        var again = await _b.SendJsonAsync(HttpMethod.Post, "v3/directline/conversations", token, expectedStatus: 200);

        Assert.Equal(["欢迎", "你好", "收到：你好"], set["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Equal(conversationId + "|0000001", (string?)set["activities"]![1]!["id"]);
        Assert.Equal(conversationId, (string)again["conversationId"]!);
        Assert.Single(_a.Bot.Received.Concat(_b.Bot.Received), a => a.Type == "conversationUpdate");
    }

    [Fact]
    public async Task A_stream_on_one_instance_sees_posts_made_on_the_other()
    {
        var (conversationId, token) = await _a.StartConversationAsync();
        var url = (string)(await _b.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=1", token))["streamUrl"]!;
        await using var stream = await StreamClient.ConnectAsync(url);

        await _a.PostMessageAsync(conversationId, token, "跨实例", "c-1");
        var pushed = await stream.ReadActivitiesUntilAsync(seen => seen.Any(a => (string?)a["text"] == "收到：跨实例"), TimeSpan.FromMilliseconds(900));

        Assert.Equal("跨实例", (string?)pushed[0]["text"]);
    }

    [Fact]
    public async Task A_stream_on_another_instance_takes_the_conversation_over()
    {
        var (conversationId, token) = await _a.StartConversationAsync();
        var urlA = (string)(await _a.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token))["streamUrl"]!;
        var urlB = (string)(await _b.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token))["streamUrl"]!;
        await using var first = await StreamClient.ConnectAsync(urlA);
        await first.ReadActivitiesUntilAsync(seen => seen.Count >= 1, Wait);

        await using var second = await StreamClient.ConnectAsync(urlB);
        string? frame;
        do frame = await first.ReceiveAsync(Wait);
        while (frame is not null);

        Assert.Equal("collision", first.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_token_from_one_instance_is_accepted_by_the_other_only_with_the_shared_key()
    {
        var (conversationId, token) = await _a.StartConversationAsync();
        await using var stranger = await ChannelHost.StartAsync(o => o.TokenSigningKey = "", redis: _redis.ConnectionString);

        await _b.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token);
        await stranger.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token, expectedStatus: 403);
    }
}
