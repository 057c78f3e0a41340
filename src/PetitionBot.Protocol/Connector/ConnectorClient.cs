using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Protocol.Connector;

/// <summary>
/// Sends activities to a channel's Connector REST API (SendToConversation / ReplyToActivity),
/// with the bot's bearer token and bounded retries on 429, 5xx and network errors. With a <see cref="ServiceUrlPolicy"/>,
/// a serviceUrl it refuses is never called (<see cref="ServiceUrlNotAllowedException"/>).
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly ConnectorRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly ServiceUrlPolicy? _serviceUrls;

    public ConnectorClient(HttpClient httpClient, IBotTokenProvider tokenProvider,
        ConnectorRetryOptions? retryOptions = null, TimeProvider? timeProvider = null, ServiceUrlPolicy? serviceUrls = null)
    {
        _http = httpClient;
        _tokens = tokenProvider;
        _retry = retryOptions ?? new ConnectorRetryOptions();
        _time = timeProvider ?? TimeProvider.System;
        _serviceUrls = serviceUrls;
    }

    /// <summary>
    /// Routes like the SDK: ReplyToActivity when <c>replyToId</c> is set, else SendToConversation,
    /// at the activity's own serviceUrl and conversation.
    /// </summary>
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        EnsureAllowed(activity.ServiceUrl);
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("Activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("Activity has no conversation id.", nameof(activity));
        return PostAsync(ConnectorUris.Activities(serviceUrl, conversationId, activity.ReplyToId), activity, cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        EnsureAllowed(serviceUrl);
        return PostAsync(ConnectorUris.Activities(serviceUrl, conversationId), activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        EnsureAllowed(serviceUrl);
        return PostAsync(ConnectorUris.Activities(serviceUrl, conversationId, activityId), activity, cancellationToken);
    }

    /// <summary>Replaces a message the bot sent earlier (UpdateActivity): PUT with the activity's own id.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        EnsureAllowed(activity.ServiceUrl);
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("Activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("Activity has no conversation id.", nameof(activity));
        var activityId = activity.Id ?? throw new ArgumentException("An update names the activity it replaces by its id.", nameof(activity));
        var body = JsonSerializer.Serialize(activity, ProtocolJson.Options);
        return CallAsync(HttpMethod.Put, ConnectorUris.Activities(serviceUrl, conversationId, activityId), body, cancellationToken);
    }

    private void EnsureAllowed(string? serviceUrl)
    {
        if (_serviceUrls?.Refusal(serviceUrl) is { } refusal)
            throw new ServiceUrlNotAllowedException(serviceUrl, refusal);
    }

    private Task<ResourceResponse> PostAsync(Uri uri, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, uri, Serialize(activity), cancellationToken);

    private async Task<ResourceResponse> CallAsync(HttpMethod method, Uri uri, string body, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(method, uri)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            HttpStatusCode? status = null;
            string? errorCode = null;
            string reason;
            TimeSpan? retryAfter = null;
            Exception? failure = null;
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                    .ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                    return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);

                status = response.StatusCode;
                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                errorCode = error?.Code;
                reason = $"{(int)response.StatusCode} {error?.Message ?? response.ReasonPhrase}";
                if (!IsTransient(response.StatusCode))
                    throw new ConnectorException(status, errorCode, $"Connector refused the activity: {reason}", attempt);
                retryAfter = RetryAfter.From(response.Headers.RetryAfter, _time.GetUtcNow());
            }
            catch (HttpRequestException e)
            {
                failure = e;
                reason = $"network error ({e.HttpRequestError})";
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = e;
                reason = "request timed out";
            }

            var wait = retryAfter ?? Backoff(attempt);
            var elapsed = _time.GetElapsedTime(started);
            if (attempt >= _retry.MaxAttempts || elapsed + wait > _retry.MaxTotalTime)
            {
                // A Retry-After beyond our bounds is the channel's word on when to come back: pass it on.
                var retryAt = retryAfter is { } asked && elapsed + asked > _retry.MaxTotalTime ? _time.GetUtcNow() + asked : (DateTimeOffset?)null;
                throw new ConnectorRetriesExhaustedException(status, errorCode,
                    $"Connector call failed after {attempt} attempt(s) in {elapsed.TotalSeconds:0.#} s: {reason}", attempt, failure, retryAt);
            }
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _retry.InitialBackoff * Math.Pow(2, attempt - 1);
        var capped = exponential < _retry.MaxBackoff ? exponential : _retry.MaxBackoff;
        // Jitter spreads retries from many conversations hitting the same throttled channel.
        return capped * (0.8 + 0.4 * Random.Shared.NextDouble());
    }

    // Bots should not send id; the SDK blanks it before sending. The caller's object is left alone.
    private static string Serialize(Activity activity)
    {
        var node = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options) as JsonObject
            ?? throw new ArgumentException("Activity did not serialize to a JSON object.", nameof(activity));
        node.Remove("id");
        return node.ToJsonString(ProtocolJson.Options);
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
            return new ResourceResponse();
        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(text, ProtocolJson.Options) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            // Some channels answer 2xx with a non-JSON body; the send still succeeded.
            return new ResourceResponse();
        }
    }

    private static async Task<ErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<ErrorResponse>(ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
            return error?.Error is { Message.Length: > 0 } or { Code.Length: > 0 } ? error.Error : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
