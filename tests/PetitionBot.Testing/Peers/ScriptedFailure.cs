using System.Net;

namespace PetitionBot.Testing.Peers;

/// <summary>An error the channel peer gives instead of accepting an activity.</summary>
public sealed record ScriptedFailure(HttpStatusCode Status, TimeSpan? RetryAfter = null, bool RetryAfterAsDate = false,
    string Code = "ServiceError", string Message = "scripted failure");
