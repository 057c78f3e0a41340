using System.Net;

namespace PetitionBot.Protocol.Connector;

/// <summary>A Connector call failed: the channel refused it, or retries ran out.</summary>
public class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode? statusCode, string? errorCode, string message, int attempts, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Attempts = attempts;
    }

    /// <summary>The last HTTP status, or null when the last try failed without a response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The ErrorResponse code, when the channel sent one.</summary>
    public string? ErrorCode { get; }

    public int Attempts { get; }
}
