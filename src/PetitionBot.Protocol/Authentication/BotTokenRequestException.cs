using System.Net;

namespace PetitionBot.Protocol.Authentication;

/// <summary>The token endpoint refused or failed a client-credentials request.</summary>
public sealed class BotTokenRequestException : Exception
{
    public BotTokenRequestException(HttpStatusCode statusCode, string? error, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The OAuth "error" code, e.g. invalid_client.</summary>
    public string? Error { get; }
}
