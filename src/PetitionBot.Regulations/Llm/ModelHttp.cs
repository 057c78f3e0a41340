using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// The model's HTTP connection, behind a circuit breaker (the HTTP resilience options): no retries — a retry would
/// outlast the answer's timeout, and the extractive answer is the fallback — but a model that keeps failing is not
/// called for a while.
/// </summary>
public static class ModelHttp
{
    public static HttpClient Create(LlmOptions options)
    {
        var breaker = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // The library's transient failures (408, 429, 5xx, network), and a call cut off by the answer's timeout.
                ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) || args.Outcome.Exception is OperationCanceledException),
                FailureRatio = 0.5,
                MinimumThroughput = Math.Max(2, options.BreakAfterCalls),
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = options.BreakFor,
            })
            .Build();
        // The client's own network timeout bounds each call; this one must not cut it shorter.
        return new HttpClient(new ResilienceHandler(breaker) { InnerHandler = new SocketsHttpHandler() }) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
