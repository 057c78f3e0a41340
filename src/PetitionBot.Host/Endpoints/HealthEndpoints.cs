using PetitionBot.Conversation.State;

namespace PetitionBot.Host.Endpoints;

/// <summary>/healthz: the process answers. /readyz: the state storage answers too.</summary>
public static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/readyz", async (IStateStorage storage, CancellationToken ct) =>
        {
            try
            {
                var rtt = await storage.PingAsync(ct);
                return Results.Ok(new { status = "ready", storageMilliseconds = rtt.TotalMilliseconds });
            }
            catch (StorageUnavailableException)
            {
                return Results.Json(new { status = "unavailable", reason = "state storage unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
