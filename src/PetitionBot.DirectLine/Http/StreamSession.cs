using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Http.Wire;
using PetitionBot.DirectLine.Storage;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Http;

/// <summary>
/// One open stream: sends ActivitySet frames from the watermark on, wakes on append signals (any instance),
/// sends "" keep-alives when idle, ignores what the client sends, and closes with reason "collision" when a newer
/// stream of the same conversation connects anywhere.
/// </summary>
public sealed class StreamSession(
    WebSocket socket, string conversationId, long watermark, DirectLineConversations conversations, IConversationSignals signals,
    DirectLineOptions options, ILogger logger)
{
    public const string CollisionReason = "collision";
    public const string UnavailableReason = "unavailable";

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private string? _closeReason;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;

    public string StreamId { get; } = Guid.NewGuid().ToString("N");

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _stop.Token);
        var ct = linked.Token;
        IDisposable? subscription = null;
        // The receive side must not see our stop token: cancelling a pending receive aborts the socket,
        // and the close frame with its reason would never be sent.
        var receiving = ReceiveUntilClosedAsync(requestAborted);
        try
        {
            subscription = await signals.ListenAsync(conversationId, OnSignal, ct).ConfigureAwait(false);
            await signals.PublishAsync(new ConversationSignal(conversationId, ConversationSignalKind.StreamClaimed, StreamId), ct).ConfigureAwait(false);
            await SendLoopAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        catch (DirectLineStorageUnavailableException e)
        {
            // The client reconnects, and is told 503 until the store is back.
            logger.LogWarning("Direct Line stream of {ConversationId} closed: storage unavailable ({Reason})", conversationId, e.Message);
            _closeStatus = WebSocketCloseStatus.EndpointUnavailable;
            _closeReason = UnavailableReason;
        }
        finally
        {
            subscription?.Dispose();
            _stop.Cancel();
            await CloseAsync().ConfigureAwait(false);
            try
            {
                await receiving.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException or TimeoutException)
            {
                socket.Abort();
            }
        }
    }

    /// <summary>Ends this stream because another one took the conversation over.</summary>
    public void Collide()
    {
        _closeReason = CollisionReason;
        _stop.Cancel();
    }

    private void OnSignal(ConversationSignal signal)
    {
        if (signal.Kind == ConversationSignalKind.Appended)
            _wake.Writer.TryWrite(true);
        else if (signal.StreamId != StreamId)
            Collide();
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            // Drain the wake-up before reading, so an append during the read wakes us again.
            _wake.Reader.TryRead(out _);
            var page = await conversations.ReadAsync(conversationId, watermark, ct).ConfigureAwait(false);
            if (page.Activities.Count > 0)
            {
                watermark = page.Watermark;
                await SendAsync(new ActivitySet { Activities = page.Activities, Watermark = watermark.ToString(System.Globalization.CultureInfo.InvariantCulture) })
                    .ConfigureAwait(false);
                continue;
            }
            if (!await WaitForWakeAsync(ct).ConfigureAwait(false))
                await SendFrameAsync(ReadOnlyMemory<byte>.Empty).ConfigureAwait(false);
        }
    }

    private async Task<bool> WaitForWakeAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.HeartbeatInterval);
        try
        {
            await _wake.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task SendAsync(ActivitySet set)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options);
        await SendFrameAsync(json).ConfigureAwait(false);
    }

    /// <summary>Sends without the stop token (cancelling a send would abort the socket), bounded against a stalled client.</summary>
    private async Task SendFrameAsync(ReadOnlyMemory<byte> frame)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
    }

    private async Task ReceiveUntilClosedAsync(CancellationToken ct)
    {
        var buffer = new byte[4096];
        while (!ct.IsCancellationRequested)
        {
            var result = await socket.ReceiveAsync(buffer, ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close || socket.State != WebSocketState.Open && socket.State != WebSocketState.CloseSent)
            {
                _stop.Cancel();
                return;
            }
            // Clients send "" pings; anything else is not part of the protocol and is ignored too.
        }
    }

    private async Task CloseAsync()
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            return;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(_closeStatus, _closeReason ?? "", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            logger.LogDebug(e, "Closing the Direct Line stream of {ConversationId} failed", conversationId);
        }
    }

}
