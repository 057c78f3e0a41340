using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.CircuitBreaker;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Protocol.Connector;

/// <summary>
/// Sends activities to a channel's Connector REST API (SendToConversation / ReplyToActivity), with the bot's bearer
/// token, through <see cref="ConnectorResilience"/> (bounded retries on 429, 5xx and network errors honouring
/// Retry-After, a circuit per channel host, a timeout per try). With a <see cref="ServiceUrlPolicy"/>,
/// a serviceUrl it refuses is never called (<see cref="ServiceUrlNotAllowedException"/>).
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly ConnectorResilience _resilience;
    private readonly TimeProvider _time;
    private readonly ServiceUrlPolicy? _serviceUrls;

    public ConnectorClient(HttpClient httpClient, IBotTokenProvider tokenProvider,
        ConnectorRetryOptions? retryOptions = null, TimeProvider? timeProvider = null, ServiceUrlPolicy? serviceUrls = null)
    {
        _http = httpClient;
        _tokens = tokenProvider;
        _time = timeProvider ?? TimeProvider.System;
        _resilience = new ConnectorResilience(retryOptions ?? new ConnectorRetryOptions(), _time);
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
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorResilience.StartedAt, _time.GetTimestamp());
        var attempts = 0;
        try
        {
            var outcome = await _resilience.For(uri).ExecuteOutcomeAsync(async (ctx, _) =>
            {
                attempts++;
                try
                {
                    return Outcome.FromResult(await SendOnceAsync(method, uri, body, ctx.CancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    return Outcome.FromException<HttpResponseMessage>(e);
                }
            }, context, 0).ConfigureAwait(false);
            return await ResultOfAsync(outcome, attempts, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One try, with a token fetched for it (a retry after a long Retry-After may need a fresh one).</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri uri, string body, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last try's outcome once the retries are over: the channel's resource, or why it was not delivered.</summary>
    private async Task<ResourceResponse> ResultOfAsync(Outcome<HttpResponseMessage> outcome, int attempts, CancellationToken cancellationToken)
    {
        switch (outcome.Exception)
        {
            case null:
                break;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                outcome.ThrowIfException();
                break;
            case BrokenCircuitException e:
                throw new ConnectorRetriesExhaustedException(null, null,
                    $"Connector not called: the channel failed repeatedly and its circuit is open", attempts, e);
            case HttpRequestException e:
                throw new ConnectorRetriesExhaustedException(null, null,
                    $"Connector call failed after {attempts} attempt(s): network error ({e.HttpRequestError})", attempts, e);
            default:
                throw new ConnectorRetriesExhaustedException(null, null,
                    $"Connector call failed after {attempts} attempt(s): request timed out", attempts, outcome.Exception);
        }
        using var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
            return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var reason = $"{(int)response.StatusCode} {error?.Message ?? response.ReasonPhrase}";
        if (!ConnectorResilience.IsTransient(response.StatusCode))
            throw new ConnectorException(response.StatusCode, error?.Code, $"Connector refused the activity: {reason}", attempts);
        // A Retry-After the retries did not wait out is the channel's word on when to come back: pass it on.
        var retryAt = RetryAfter.From(response.Headers.RetryAfter, _time.GetUtcNow()) is { } asked ? _time.GetUtcNow() + asked : (DateTimeOffset?)null;
        throw new ConnectorRetriesExhaustedException(response.StatusCode, error?.Code,
            $"Connector call failed after {attempts} attempt(s): {reason}", attempts, null, retryAt);
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
