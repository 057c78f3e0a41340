using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PetitionBot.Protocol.Connector;

/// <summary>
/// How Connector calls survive a struggling channel, per channel host: retries of 429, 5xx, network errors and
/// timed-out attempts (the channel's Retry-After honoured, else exponential back-off with jitter; none started when its
/// wait would end past <see cref="ConnectorRetryOptions.MaxTotalTime"/>), a circuit breaker that stops calling a host
/// that keeps failing, and a timeout per attempt. Built from Polly strategies with the HTTP resilience options.
/// </summary>
public sealed class ConnectorResilience
{
    /// <summary>When the call started, for the total-time bound.</summary>
    public static readonly ResiliencePropertyKey<long> StartedAt = new("petitionbot.connector.started");

    private static readonly ResiliencePropertyKey<TimeSpan> NextWait = new("petitionbot.connector.next-wait");

    private readonly ConnectorRetryOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _byHost = new(StringComparer.OrdinalIgnoreCase);

    public ConnectorResilience(ConnectorRetryOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <summary>The pipeline for the host of <paramref name="uri"/>: one circuit per channel host, so one failing channel
    /// does not stop the others.</summary>
    public ResiliencePipeline<HttpResponseMessage> For(Uri uri) => _byHost.GetOrAdd(uri.Authority, _ => Build());

    /// <summary>429 and 5xx: the channel may take it later. Other failures will not change by trying again.</summary>
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Network errors and tries that timed out (ours or the HttpClient's) count too; the caller's own
    /// cancellation does not.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: OperationCanceledException } => !context.CancellationToken.IsCancellationRequested,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    private ResiliencePipeline<HttpResponseMessage> Build() =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _time }
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, _options.MaxAttempts - 1),
                ShouldHandle = args => ValueTask.FromResult(_options.MaxAttempts > 1 && ShouldRetry(args.Outcome, args.AttemptNumber, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextWait, TimeSpan.Zero)),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context)),
                FailureRatio = _options.BreakerFailureRatio,
                MinimumThroughput = _options.BreakerMinimumCalls,
                SamplingDuration = _options.BreakerSampling,
                BreakDuration = _options.BreakFor,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = _options.AttemptTimeout })
            .Build();

    /// <summary>Retry only what may pass later, and only when the wait ends inside the total-time bound.</summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attemptNumber, ResilienceContext context)
    {
        if (!IsTransient(outcome, context)) return false;
        var wait = outcome.Result is { } response ? RetryAfter.From(response.Headers.RetryAfter, _time.GetUtcNow()) : null;
        wait ??= Backoff(attemptNumber + 1);
        var elapsed = _time.GetElapsedTime(context.Properties.GetValue(StartedAt, _time.GetTimestamp()));
        if (elapsed + wait.Value > _options.MaxTotalTime) return false;
        context.Properties.Set(NextWait, wait.Value);
        return true;
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.InitialBackoff * Math.Pow(2, attempt - 1);
        var capped = exponential < _options.MaxBackoff ? exponential : _options.MaxBackoff;
        // Jitter spreads retries from many conversations hitting the same throttled channel.
        return capped * (0.8 + 0.4 * Random.Shared.NextDouble());
    }
}
