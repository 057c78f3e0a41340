using System.Net;
using System.Text.Json.Nodes;

namespace PetitionBot.Testing.Peers;

/// <summary>One activity POST the channel peer received, and what it answered.</summary>
public sealed record ConnectorRequest(
    string RawTarget,
    string ConversationId,
    string? ReplyToId,
    string? Authorization,
    JsonObject Activity,
    HttpStatusCode AnsweredStatus,
    DateTimeOffset ReceivedAt);
