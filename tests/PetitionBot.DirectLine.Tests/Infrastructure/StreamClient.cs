using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace PetitionBot.DirectLine.Tests.Infrastructure;

/// <summary>A WebSocket client reading Direct Line stream frames.</summary>
public sealed class StreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static async Task<StreamClient> ConnectAsync(string streamUrl)
    {
        var client = new StreamClient();
        await client._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return client;
    }

    /// <summary>The next frame's text ("" for a keep-alive), or null when the server closed the socket.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    /// <summary>Reads activity sets (skipping keep-alives) until <paramref name="until"/> holds for the texts seen so far.</summary>
    public async Task<List<JsonObject>> ReadActivitiesUntilAsync(Func<List<JsonObject>, bool> until, TimeSpan timeout)
    {
        var seen = new List<JsonObject>();
        var deadline = DateTime.UtcNow + timeout;
        while (!until(seen))
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException("Saw only: " + string.Join(" / ", seen.Select(a => $"{a["type"]}:{a["text"]}")));
            var frame = await ReceiveAsync(left) ?? throw new InvalidOperationException("The stream closed: " + _socket.CloseStatusDescription);
            if (frame.Length == 0)
                continue;
            var set = JsonNode.Parse(frame)!;
            Assert.Equal(System.Text.Json.JsonValueKind.String, set["watermark"]!.GetValueKind());
            seen.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
        }
        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _socket.Dispose();
    }
}
