namespace PetitionBot.Protocol.Connector;

/// <summary>Bounds on retrying Connector calls that fail with 429, 5xx or a network error, and the circuit per channel host.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Total tries including the first.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff when the channel gives no Retry-After; doubles per attempt.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>No retry is started if its wait would end after this much time since the first try.</summary>
    public TimeSpan MaxTotalTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One try's limit; a try that takes longer counts as failed and may be retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The circuit opens when this share of the calls to one host failed within <see cref="BreakerSampling"/>…</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>…and at least this many calls were made in that time (a few failures alone never open it).</summary>
    public int BreakerMinimumCalls { get; set; } = 20;

    public TimeSpan BreakerSampling { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before one is let through to try the host again.</summary>
    public TimeSpan BreakFor { get; set; } = TimeSpan.FromSeconds(15);
}
