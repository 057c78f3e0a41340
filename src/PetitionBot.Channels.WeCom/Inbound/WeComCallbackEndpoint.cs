using PetitionBot.Channels.WeCom.Callback;
using PetitionBot.Conversation.State;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Channels.WeCom.Inbound;

/// <summary>
/// The callback URL (WeCom:CallbackPath): GET verifies it when an administrator saves it, POST brings a member's
/// message or event. A callback is checked (signature, timestamp, corp) and run as a turn whose replies go to the outbox,
/// then answered with an empty 200 — WeCom calls again when it has no answer within five seconds, and such a
/// re-delivery finds the activity already processed.
/// </summary>
public static class WeComCallbackEndpoint
{
    public static void Map(WebApplication app, WeComOptions options)
    {
        app.MapGet(options.CallbackPath, (HttpRequest request, WeComUrlVerification verification) => verification.Handle(request));
        app.MapPost(options.CallbackPath, HandleAsync);
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, WeComCallbackReader reader, WeComActivities activities, WeComOptions options, ChannelTurns turns,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var read = await reader.ReadAsync(request, ct);
        if (!read.Accepted)
            return read.Rejection.ToResult();
        var logger = loggers.CreateLogger("PetitionBot.WeCom");
        var message = read.Value;
        if (message.AgentId is { Length: > 0 } agent && agent != options.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            logger.LogWarning("WeCom callback for application {CallbackAgentId} ignored: this bot is application {AgentId}", agent, options.AgentId);
            return Results.Ok();
        }
        if (activities.From(message) is not { } activity)
        {
            logger.LogDebug("WeCom callback of type {MsgType}/{Event} acknowledged without a turn", message.MsgType, message.Event);
            return Results.Ok();
        }
        try
        {
            await turns.RunAsync(activity, ReplyRoute.Outbox, ct);
        }
        catch (StorageUnavailableException e)
        {
            // Not processed: WeCom delivers it again, and by then storage may be back.
            logger.LogError(e, "State storage unavailable for a WeCom callback; WeCom will deliver it again");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok();
    }
}
