using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PetitionBot.Testing.Peers;

/// <summary>
/// A channel's Connector API: records every activity POSTed to
/// {serviceUrl}v3/conversations/{id}/activities[/{activityId}] with its Authorization header,
/// answers 200 {"id":…}, and can be scripted to fail the next calls (429 + Retry-After, 503 …).
/// </summary>
public sealed class ChannelConnectorServer : IAsyncDisposable
{
    private readonly string _pathBase;
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedFailure> _failures = new();
    private LoopbackWebServer? _server;
    private int _nextId;

    private ChannelConnectorServer(string pathBase) => _pathBase = pathBase;

    /// <summary>The serviceUrl a channel would put in activities, ending with '/'.</summary>
    public string ServiceUrl => Server.Combine(_pathBase).AbsoluteUri;

    /// <summary>How long every activity POST waits before it is answered (a slow channel); zero by default.</summary>
    public TimeSpan ResponseDelay { get; set; }

    private int _arrived;

    /// <summary>While true every activity POST is answered 503 (a channel that is down), and recorded like the others.</summary>
    public bool IsDown { get; set; }

    /// <summary>Every POST received, including those answered with a scripted failure.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. _requests];

    /// <summary>The activities accepted (answered 200), in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Accepted => [.. _requests.Where(r => r.AnsweredStatus == HttpStatusCode.OK)];

    private LoopbackWebServer Server => _server ?? throw new InvalidOperationException("not started");

    /// <param name="pathBase">Optional path the Connector lives under, e.g. "_connector/" like the Agents Playground.</param>
    public static async Task<ChannelConnectorServer> StartAsync(string pathBase = "", CancellationToken cancellationToken = default)
    {
        var normalized = pathBase.Trim('/');
        var peer = new ChannelConnectorServer(normalized.Length == 0 ? "" : normalized + "/");
        peer._server = await LoopbackWebServer.StartAsync(peer.Map, cancellationToken: cancellationToken);
        return peer;
    }

    /// <summary>Answers the next <paramref name="count"/> activity POSTs with <paramref name="failure"/>.</summary>
    public void FailNext(int count, ScriptedFailure failure)
    {
        for (var i = 0; i < count; i++)
            _failures.Enqueue(failure);
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were accepted.</summary>
    /// <summary>Waits until <paramref name="count"/> activities have arrived, answered or still held by <see cref="ResponseDelay"/>.</summary>
    public async Task WaitForArrivalAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Volatile.Read(ref _arrived) < count)
        {
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} activities to arrive at the channel, got {_arrived} within {timeout}.");
            await Task.Delay(20);
        }
    }

    public async Task<IReadOnlyList<ConnectorRequest>> WaitForAcceptedAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var accepted = Accepted;
            if (accepted.Count >= count)
                return accepted;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} activities at the channel, got {accepted.Count} within {timeout}.");
            await Task.Delay(20);
        }
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
            if (!TryParseTarget(raw, out var conversationId, out var replyToId))
                return Results.NotFound();

            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
            if (body is null)
                return Results.BadRequest();

            Interlocked.Increment(ref _arrived);
            if (ResponseDelay > TimeSpan.Zero)
                await Task.Delay(ResponseDelay, context.RequestAborted);
            var authorization = context.Request.Headers.Authorization.ToString();
            var failure = IsDown ? new ScriptedFailure(HttpStatusCode.ServiceUnavailable, Message: "channel down")
                : _failures.TryDequeue(out var scripted) ? scripted : null;
            var status = failure?.Status ?? HttpStatusCode.OK;
            _requests.Enqueue(new ConnectorRequest(raw, conversationId, replyToId,
                authorization.Length == 0 ? null : authorization, body, status, DateTimeOffset.UtcNow));

            if (failure is not null)
            {
                if (failure.RetryAfter is { } wait)
                {
                    context.Response.Headers.RetryAfter = failure.RetryAfterAsDate
                        ? (DateTimeOffset.UtcNow + wait).ToString("R")
                        : ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                var error = new JsonObject { ["error"] = new JsonObject { ["code"] = failure.Code, ["message"] = failure.Message } };
                return Results.Text(error.ToJsonString(), "application/json", statusCode: (int)failure.Status);
            }

            var id = $"activity-{Interlocked.Increment(ref _nextId)}";
            return Results.Text(new JsonObject { ["id"] = id }.ToJsonString(), "application/json");
        });
    }

    // Parses the raw (still escaped) target so tests see exactly what went over the wire.
    private bool TryParseTarget(string rawTarget, out string conversationId, out string? replyToId)
    {
        conversationId = "";
        replyToId = null;
        var path = rawTarget.Split('?')[0].TrimStart('/');
        var prefix = _pathBase + "v3/conversations/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
            return false;
        var segments = path[prefix.Length..].Split('/');
        if (segments.Length is < 2 or > 3 || segments[1] != "activities" || segments[0].Length == 0)
            return false;
        conversationId = Uri.UnescapeDataString(segments[0]);
        replyToId = segments.Length == 3 && segments[2].Length > 0 ? Uri.UnescapeDataString(segments[2]) : null;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
