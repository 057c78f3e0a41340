namespace PetitionBot.Protocol.Connector;

/// <summary>Bounds on retrying Connector calls that fail with 429, 5xx or a network error.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Total tries including the first.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff when the channel gives no Retry-After; doubles per attempt.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>No retry is started if its wait would end after this much time since the first try.</summary>
    public TimeSpan MaxTotalTime { get; set; } = TimeSpan.FromSeconds(30);
}
