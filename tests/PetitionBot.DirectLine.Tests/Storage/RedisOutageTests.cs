using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using PetitionBot.DirectLine.Http;
using PetitionBot.DirectLine.Tests.Infrastructure;
using PetitionBot.Testing.Servers;

namespace PetitionBot.DirectLine.Tests.Storage;

/// <summary>The channel over a real Redis that goes away: 503 "稍后再试" (not 500) while it is down, as before once it is back.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private RedisServer _redis = null!;
    private ChannelHost _channel = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync(persistent: true);
        _channel = await ChannelHost.StartAsync(redis: _redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Message)> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var response = await _channel.Client.SendAsync(_channel.Request(method, path, token, body));
        var text = await response.Content.ReadAsStringAsync();
        var message = text.Length > 0 && JsonNode.Parse(text) is JsonObject json && json["error"]?["message"] is { } m ? (string)m! : "";
        return (response.StatusCode, message);
    }

    [Fact]
    public async Task While_redis_is_down_reads_and_posts_get_503_and_afterwards_they_work_again()
    {
        var (conversationId, token) = await _channel.StartConversationAsync();
        var activities = $"v3/directline/conversations/{conversationId}/activities";

        await _redis.StopAsync();
        var read = await SendAsync(HttpMethod.Get, activities, token);
        var posted = await SendAsync(HttpMethod.Post, activities, token, new { type = "message", text = "你好" });
        await _redis.RestartAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.Status);
        Assert.Contains("稍后再试", read.Message);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.Status);
        Assert.DoesNotContain(_channel.Bot.Received, a => a.Text == "你好");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await SendAsync(HttpMethod.Post, activities, token, new { type = "message", text = "又来了" })).Status != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < deadline, "posting did not work again within 30 s of Redis restarting");
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, activities, token)).Status);
    }

    [Fact]
    public async Task An_open_stream_closes_as_unavailable_so_the_client_reconnects()
    {
        var (conversationId, token) = await _channel.StartConversationAsync();
        var url = (string)(await _channel.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=1", token))["streamUrl"]!;
        await using var stream = await StreamClient.ConnectAsync(url);

        await _redis.StopAsync();
        string? frame;
        do
            frame = await stream.ReceiveAsync(TimeSpan.FromSeconds(15));
        while (frame is not null);

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, stream.Socket.CloseStatus);
        Assert.Equal(StreamSession.UnavailableReason, stream.Socket.CloseStatusDescription);
    }
}
