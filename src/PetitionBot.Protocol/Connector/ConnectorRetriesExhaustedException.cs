using System.Net;

namespace PetitionBot.Protocol.Connector;

/// <summary>The channel kept answering 429/5xx (or was unreachable) until the retry bounds ran out.</summary>
public sealed class ConnectorRetriesExhaustedException(HttpStatusCode? statusCode, string? errorCode, string message, int attempts,
    Exception? inner = null, DateTimeOffset? retryAt = null)
    : ConnectorException(statusCode, errorCode, message, attempts, inner)
{
    /// <summary>
    /// When the channel's last Retry-After asked to be called again, if it asked for longer than this client waits;
    /// whoever tries again later should not try before it.
    /// </summary>
    public DateTimeOffset? RetryAt { get; } = retryAt;
}
