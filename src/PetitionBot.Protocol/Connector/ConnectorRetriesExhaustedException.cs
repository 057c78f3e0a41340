using System.Net;

namespace PetitionBot.Protocol.Connector;

/// <summary>The channel kept answering 429/5xx (or was unreachable) until the retry bounds ran out.</summary>
public sealed class ConnectorRetriesExhaustedException(HttpStatusCode? statusCode, string? errorCode, string message, int attempts, Exception? inner = null)
    : ConnectorException(statusCode, errorCode, message, attempts, inner);
