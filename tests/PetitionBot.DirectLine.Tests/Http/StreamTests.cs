using System.Net;
using System.Net.WebSockets;
using System.Text;
using PetitionBot.DirectLine.Tests.Infrastructure;

namespace PetitionBot.DirectLine.Tests.Http;

public sealed class StreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_stream_replays_history_then_pushes_the_echo_typing_and_reply_of_a_post()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();
        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token);
        await using var stream = await StreamClient.ConnectAsync((string)reconnect["streamUrl"]!);
        var welcome = await stream.ReadActivitiesUntilAsync(seen => seen.Count >= 1, Wait);
        Assert.Equal("欢迎", (string?)welcome[0]["text"]);

        await host.PostMessageAsync(conversationId, token, "你好", "client-9");
        var pushed = await stream.ReadActivitiesUntilAsync(seen => seen.Any(a => (string?)a["text"] == "收到：你好"), Wait);

        Assert.Equal(["message:你好", "typing:", "message:收到：你好"], pushed.Select(a => $"{a["type"]}:{a["text"]}"));
        Assert.Equal("client-9", (string?)pushed[0]["channelData"]!["clientActivityID"]);
    }

    [Fact]
    public async Task The_stream_starts_after_the_watermark_in_its_url()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();
        await host.PostMessageAsync(conversationId, token, "一", "c-1");
        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=4", token);

        await using var stream = await StreamClient.ConnectAsync((string)reconnect["streamUrl"]!);
        await host.PostMessageAsync(conversationId, token, "二", "c-2");
        var pushed = await stream.ReadActivitiesUntilAsync(seen => seen.Any(a => (string?)a["text"] == "收到：二"), Wait);

        Assert.Equal("二", (string?)pushed[0]["text"]);
    }

    [Fact]
    public async Task An_idle_stream_sends_empty_keep_alives_and_ignores_empty_frames_from_the_client()
    {
        await using var host = await ChannelHost.StartAsync(o => o.HeartbeatInterval = TimeSpan.FromMilliseconds(300));
        var (conversationId, token) = await host.StartConversationAsync();
        var reconnect = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=1", token);
        await using var stream = await StreamClient.ConnectAsync((string)reconnect["streamUrl"]!);

        await stream.Socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        var first = await stream.ReceiveAsync(Wait);
        var second = await stream.ReceiveAsync(Wait);

        Assert.Equal("", first);
        Assert.Equal("", second);
        Assert.Equal(WebSocketState.Open, stream.Socket.State);
    }

    [Fact]
    public async Task A_second_stream_of_the_conversation_closes_the_first_with_reason_collision()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, token) = await host.StartConversationAsync();
        var url = (string)(await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token))["streamUrl"]!;
        await using var first = await StreamClient.ConnectAsync(url);
        await first.ReadActivitiesUntilAsync(seen => seen.Count >= 1, Wait);

        await using var second = await StreamClient.ConnectAsync(url);
        string? frame;
        do frame = await first.ReceiveAsync(Wait);
        while (frame is not null);

        Assert.Equal("collision", first.Socket.CloseStatusDescription);
        var welcome = await second.ReadActivitiesUntilAsync(seen => seen.Count >= 1, Wait);
        Assert.Equal("欢迎", (string?)welcome[0]["text"]);
    }

    [Fact]
    public async Task A_stream_url_needs_a_token_for_that_conversation()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationA, tokenA) = await host.StartConversationAsync("alice");
        var (conversationB, _) = await host.StartConversationAsync("bob");
        var urlA = (string)(await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationA}", tokenA))["streamUrl"]!;
        var stolen = urlA.Replace(conversationA, conversationB, StringComparison.Ordinal);
        var noToken = urlA[..urlA.IndexOf("?t=", StringComparison.Ordinal)];

        var wrong = await Assert.ThrowsAsync<WebSocketException>(() => StreamClient.ConnectAsync(stolen));
        var missing = await Assert.ThrowsAsync<WebSocketException>(() => StreamClient.ConnectAsync(noToken));

        Assert.Contains("403", wrong.Message);
        Assert.Contains("401", missing.Message);
    }

    [Fact]
    public async Task A_plain_request_to_the_stream_is_refused_for_its_token_before_for_the_missing_upgrade()
    {
        var time = new ManualTime(DateTimeOffset.Parse("2026-03-18T10:00:00+08:00"));
        await using var host = await ChannelHost.StartAsync(time: time);
        var (conversation, token) = await host.StartConversationAsync("alice");
        var path = $"v3/directline/conversations/{conversation}/stream";

        using (var fresh = await host.Client.SendAsync(host.Request(HttpMethod.Get, path, token)))
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, fresh.StatusCode);

        time.Advance(TimeSpan.FromDays(2));
        using var expired = await host.Client.SendAsync(host.Request(HttpMethod.Get, path, token));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, expired.StatusCode);
    }
}
