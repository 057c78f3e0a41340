using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;

namespace PetitionBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TeamsConversation = "a:1xyz;messageid=17@thread.skype";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ChannelConnectorServer _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelConnectorServer.StartAsync("_connector");

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        _http.Dispose();
    }

    private static ConnectorRetryOptions FastRetry(int attempts = 3) => new()
    {
        MaxAttempts = attempts,
        InitialBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        MaxTotalTime = TimeSpan.FromSeconds(10),
    };

    private ConnectorClient Client(IBotTokenProvider? tokens = null, ConnectorRetryOptions? retry = null) =>
        new(_http, tokens ?? new AnonymousBotTokenProvider(), retry ?? FastRetry());

    private Activity Reply(string? replyToId = "1700000000000;x@y:z") => new()
    {
        Type = ActivityTypes.Message,
        Text = "您好，已收到您的来访登记。",
        ServiceUrl = _channel.ServiceUrl,
        Conversation = new ConversationAccount { Id = TeamsConversation },
        ReplyToId = replyToId,
    };

    [Fact]
    public async Task Reply_goes_to_reply_to_activity_with_escaped_ids_and_returns_the_channel_id()
    {
        var result = await Client().SendActivityAsync(Reply(), CancellationToken.None);

        var request = Assert.Single(_channel.Accepted);
        Assert.Equal("activity-1", result.Id);
        Assert.Equal(TeamsConversation, request.ConversationId);
        Assert.Equal("1700000000000;x@y:z", request.ReplyToId);
        Assert.Equal(
            "/_connector/v3/conversations/a%3A1xyz%3Bmessageid%3D17%40thread.skype/activities/1700000000000%3Bx%40y%3Az",
            request.RawTarget);
        Assert.Equal("您好，已收到您的来访登记。", (string?)request.Activity["text"]);
    }

    [Fact]
    public async Task Activity_without_reply_id_goes_to_send_to_conversation()
    {
        await Client().SendActivityAsync(Reply(replyToId: null), CancellationToken.None);

        var request = Assert.Single(_channel.Accepted);
        Assert.Null(request.ReplyToId);
        Assert.EndsWith("/activities", request.RawTarget);
    }

    [Fact]
    public async Task Service_url_without_trailing_slash_reaches_the_same_endpoint()
    {
        var activity = Reply();
        activity.ServiceUrl = _channel.ServiceUrl.TrimEnd('/');

        await Client().SendActivityAsync(activity, CancellationToken.None);

        Assert.StartsWith("/_connector/v3/conversations/", Assert.Single(_channel.Accepted).RawTarget);
    }

    [Fact]
    public async Task Explicit_operations_use_their_own_paths()
    {
        var client = Client();
        await client.SendToConversationAsync(_channel.ServiceUrl, "conv@1", Reply(null), CancellationToken.None);
        await client.ReplyToActivityAsync(_channel.ServiceUrl, "conv@1", "act:9", Reply(null), CancellationToken.None);

        Assert.Equal([(string?)null, "act:9"], _channel.Accepted.Select(r => r.ReplyToId));
        Assert.All(_channel.Accepted, r => Assert.Equal("conv@1", r.ConversationId));
    }

    [Fact]
    public async Task Activity_id_is_not_sent_and_the_callers_activity_is_untouched()
    {
        var activity = Reply();
        activity.Id = "local-id";

        await Client().SendActivityAsync(activity, CancellationToken.None);

        Assert.False(Assert.Single(_channel.Accepted).Activity.ContainsKey("id"));
        Assert.Equal("local-id", activity.Id);
    }

    [Fact]
    public async Task Bearer_token_from_the_token_endpoint_is_sent_when_an_app_id_is_configured()
    {
        await using var login = await ClientCredentialsTokenServer.StartAsync("app-1", "secret-1");
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = "app-1",
            MicrosoftAppPassword = "secret-1",
            ToChannelFromBotLoginUrl = login.Authority(),
        };
        var client = Client(BotTokenProviderFactory.Create(options, _http));

        await client.SendActivityAsync(Reply(), CancellationToken.None);
        await client.SendActivityAsync(Reply(), CancellationToken.None);

        var token = Assert.Single(login.IssuedTokens);
        Assert.All(_channel.Accepted, r => Assert.Equal("Bearer " + token, r.Authorization));
        Assert.Equal(2, _channel.Accepted.Count);
    }

    [Fact]
    public async Task No_authorization_header_without_an_app_id()
    {
        var client = Client(BotTokenProviderFactory.Create(new BotAuthenticationOptions(), _http));

        await client.SendActivityAsync(Reply(), CancellationToken.None);

        Assert.Null(Assert.Single(_channel.Accepted).Authorization);
    }

    [Fact]
    public async Task Throttled_call_waits_the_retry_after_seconds_then_succeeds()
    {
        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)));
        var tokens = new FixedTokenProvider("tok");
        var clock = Stopwatch.StartNew();

        var result = await Client(tokens).SendActivityAsync(Reply(), CancellationToken.None);

        clock.Stop();
        Assert.Equal("activity-1", result.Id);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.OK], _channel.Requests.Select(r => r.AnsweredStatus));
        var gap = _channel.Requests[1].ReceivedAt - _channel.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(0.95), $"second try came after {gap.TotalMilliseconds} ms");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"whole send took {clock.Elapsed.TotalMilliseconds} ms");
        Assert.All(_channel.Requests, r => Assert.Equal("Bearer tok", r.Authorization));
    }

    [Fact]
    public async Task Retry_after_given_as_an_http_date_is_honoured()
    {
        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(2), RetryAfterAsDate: true));

        await Client().SendActivityAsync(Reply(), CancellationToken.None);

        // An HTTP date has whole-second resolution, so the wait is between 1 and 2 seconds.
        var gap = _channel.Requests[1].ReceivedAt - _channel.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(0.95), $"second try came after {gap.TotalMilliseconds} ms");
        Assert.Equal(2, _channel.Requests.Count);
    }

    [Fact]
    public async Task Repeated_503_gives_up_after_the_attempt_bound_with_the_status()
    {
        _channel.FailNext(10, new ScriptedFailure(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => Client(retry: FastRetry(attempts: 3)).SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, _channel.Requests.Count);
        Assert.Empty(_channel.Accepted);
    }

    [Fact]
    public async Task Retry_after_beyond_the_total_time_bound_gives_up_without_waiting()
    {
        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(30)));
        var retry = FastRetry();
        retry.MaxTotalTime = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => Client(retry: retry).SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Retry_after_beyond_the_total_time_bound_is_passed_on_as_the_time_to_try_again()
    {
        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(600)));
        var retry = FastRetry();
        retry.MaxTotalTime = TimeSpan.FromSeconds(5);
        var before = DateTimeOffset.UtcNow;

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => Client(retry: retry).SendActivityAsync(Reply(), CancellationToken.None));

        Assert.NotNull(error.RetryAt);
        Assert.InRange(error.RetryAt.Value, before + TimeSpan.FromSeconds(599), DateTimeOffset.UtcNow + TimeSpan.FromSeconds(601));
    }

    [Fact]
    public async Task Giving_up_without_a_retry_after_names_no_time_to_try_again()
    {
        _channel.FailNext(10, new ScriptedFailure(HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => Client(retry: FastRetry(attempts: 2)).SendActivityAsync(Reply(), CancellationToken.None));

        Assert.Null(error.RetryAt);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Client_errors_fail_at_once_with_the_error_response_message(HttpStatusCode status)
    {
        _channel.FailNext(1, new ScriptedFailure(status, Code: "BadArgument", Message: "Activity text too long"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client().SendActivityAsync(Reply(), CancellationToken.None));

        Assert.IsNotType<ConnectorRetriesExhaustedException>(error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("BadArgument", error.ErrorCode);
        Assert.Contains("Activity text too long", error.Message);
        Assert.Single(_channel.Requests);
    }

    [Fact]
    public async Task Unreachable_channel_is_retried_then_reported_without_a_status()
    {
        var activity = Reply();
        activity.ServiceUrl = "http://127.0.0.1:1/";
        var tokens = new FixedTokenProvider(null);

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => Client(tokens, FastRetry(attempts: 2)).SendActivityAsync(activity, CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, tokens.Calls);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Cancellation_stops_a_retry_wait()
    {
        _channel.FailNext(1, new ScriptedFailure(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(5)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client().SendActivityAsync(Reply(), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://169.254.169.254/latest/")]
    public async Task A_service_url_the_policy_refuses_is_never_called_and_gets_no_token(string serviceUrl)
    {
        var tokens = new FixedTokenProvider("secret-token");
        var client = new ConnectorClient(_http, tokens, FastRetry(), serviceUrls: new ServiceUrlPolicy([], allowLoopback: false));
        var activity = Reply();
        activity.ServiceUrl = serviceUrl;

        var error = await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(() => client.SendActivityAsync(activity, CancellationToken.None));

        Assert.Equal(serviceUrl, error.ServiceUrl);
        Assert.Equal(0, tokens.Calls);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task A_proactive_send_to_a_refused_service_url_is_never_called()
    {
        var client = new ConnectorClient(_http, new AnonymousBotTokenProvider(), FastRetry(), serviceUrls: new ServiceUrlPolicy([], allowLoopback: false));

        await Assert.ThrowsAsync<ServiceUrlNotAllowedException>(
            () => client.SendToConversationAsync(_channel.ServiceUrl, TeamsConversation, Reply(replyToId: null), CancellationToken.None));

        Assert.Empty(_channel.Requests);
    }
}
