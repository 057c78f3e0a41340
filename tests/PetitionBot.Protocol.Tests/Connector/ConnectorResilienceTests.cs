using System.Net;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;
using Polly.CircuitBreaker;

namespace PetitionBot.Protocol.Tests.Connector;

/// <summary>What the resilience pipeline adds to the retries: a circuit per channel host and a limit per try.</summary>
public sealed class ConnectorResilienceTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private ChannelConnectorServer _channel = null!;

    public async Task InitializeAsync() => _channel = await ChannelConnectorServer.StartAsync("_connector");

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        _http.Dispose();
    }

    private Activity Message(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Text = "提醒：有一件信访事项明天到期。",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "conversation-1" },
    };

    [Fact]
    public async Task A_host_that_keeps_failing_is_no_longer_called_while_another_host_still_is()
    {
        var client = new ConnectorClient(_http, new AnonymousBotTokenProvider(), new ConnectorRetryOptions
        {
            MaxAttempts = 1,
            BreakerMinimumCalls = 4,
            BreakerFailureRatio = 0.5,
            BreakerSampling = TimeSpan.FromSeconds(30),
            BreakFor = TimeSpan.FromSeconds(30),
        });
        _channel.FailNext(4, new ScriptedFailure(HttpStatusCode.ServiceUnavailable));
        for (var i = 0; i < 4; i++)
            await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(() => client.SendActivityAsync(Message(_channel.ServiceUrl), CancellationToken.None));

        var refused = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => client.SendActivityAsync(Message(_channel.ServiceUrl), CancellationToken.None));

        Assert.IsType<BrokenCircuitException>(refused.InnerException);
        Assert.Equal(4, _channel.Requests.Count);
        // The same server under another host name is another channel host, with a circuit of its own.
        var otherHost = _channel.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        await client.SendActivityAsync(Message(otherHost), CancellationToken.None);
        Assert.Single(_channel.Accepted);
    }

    [Fact]
    public async Task A_try_that_takes_too_long_is_abandoned_and_tried_again_then_reported_as_timed_out()
    {
        _channel.ResponseDelay = TimeSpan.FromSeconds(3);
        var client = new ConnectorClient(_http, new AnonymousBotTokenProvider(), new ConnectorRetryOptions
        {
            MaxAttempts = 2,
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            InitialBackoff = TimeSpan.FromMilliseconds(50),
            MaxBackoff = TimeSpan.FromMilliseconds(100),
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ConnectorRetriesExhaustedException>(
            () => client.SendActivityAsync(Message(_channel.ServiceUrl), CancellationToken.None));

        Assert.Equal(2, error.Attempts);
        Assert.Contains("timed out", error.Message);
        Assert.Null(error.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"took {clock.Elapsed.TotalMilliseconds} ms");
    }
}
