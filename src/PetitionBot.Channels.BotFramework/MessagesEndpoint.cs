using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;
using PetitionBot.Protocol.Transport;
using PetitionBot.Channels;

namespace PetitionBot.Channels.BotFramework;

/// <summary>POST /api/messages: the Bot Framework bot endpoint.</summary>
public static class MessagesEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", HandleAsync).AddEndpointFilter(UnauthenticatedCallers.RefuseOthers);
        // The Agents Playground probes with HEAD before it starts.
        endpoints.MapMethods("/api/messages", ["HEAD"], () => Results.Ok());
        WarnWhenAuthenticationIsDisabled(endpoints.ServiceProvider);
    }

    private static void WarnWhenAuthenticationIsDisabled(IServiceProvider services)
    {
        if (services.GetRequiredService<BotAuthenticationOptions>().IsAuthenticationDisabled)
            services.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.Messages").LogWarning(
                "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests from {UnauthenticatedCallers} (Messages:AllowUnauthenticatedFrom allows more; a reverse proxy on this machine makes every caller local unless ForwardedHeaders:KnownProxies names it). Set MicrosoftAppId and MicrosoftAppPassword before exposing the bot.",
                services.GetRequiredService<UnauthenticatedCallers>().Description);
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, ChannelTurns turns, InboundRequestAuthenticator authenticator, ServiceUrlPolicy serviceUrls,
        MessagesOptions options, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger("PetitionBot.Messages");
        if (!IsJson(http.Request.ContentType))
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "请求的 Content-Type 必须是 application/json。");
        if (http.Request.ContentLength > options.MaxBodyBytes)
            return TooLarge(options);

        var body = await BoundedBody.ReadAsync(http.Request.Body, options.MaxBodyBytes, ct);
        if (body is null)
            return TooLarge(options);

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"（第{line + 1}行，第{e.BytePositionInLine + 1}个字节附近）" : "";
            return Error(StatusCodes.Status400BadRequest, "BadRequest", $"请求体不是合法的 JSON{where}，无法解析为 Activity。");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "Activity 缺少 type 字段。");
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "Activity 缺少 conversation.id。");

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, ct);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected activity on channel {ChannelId}: {AuthFailure}", activity.ChannelId, auth.Failure);
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "身份验证失败。");
        }

        if (!ActivityRouting.IsRunThroughBot(activity))
            return Results.Ok();

        // Replies leave through the Connector API unless they come back in the response; only then is the host irrelevant.
        var route = activity.DeliveryMode == DeliveryModes.ExpectReplies ? ReplyRoute.Caller : ReplyRoute.Outbox;
        var refusal = route == ReplyRoute.Outbox ? serviceUrls.Refusal(activity.ServiceUrl)
            : string.IsNullOrEmpty(activity.ServiceUrl) ? null : ServiceUrlPolicy.SchemeRefusal(activity.ServiceUrl);
        if (refusal is { } refused)
        {
            logger.LogWarning("Refused activity on channel {ChannelId}: serviceUrl {Refusal}, host {ServiceHost}",
                activity.ChannelId, refused, ServiceUrlPolicy.HostOf(activity.ServiceUrl));
            return Error(StatusCodes.Status400BadRequest, "BadRequest", ServiceUrlMessages.For(refused, activity.ServiceUrl));
        }

        TurnResult result;
        try
        {
            result = await turns.RunAsync(activity, route, ct);
        }
        catch (PetitionBot.Conversation.State.StorageUnavailableException e)
        {
            logger.LogError(e, "State storage unavailable for channel {ChannelId}", activity.ChannelId);
            return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "会话存储暂时不可用，请稍后再发。您的消息没有被处理，也没有丢失已保存的内容。");
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return result.InvokeResponse is { } invoke
                ? Results.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status)
                : result.IsDuplicate ? Results.Ok() : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }
        if (route == ReplyRoute.Caller)
            return Results.Json(new ExpectedReplies { Activities = [.. result.Replies] }, ProtocolJson.Options);
        return Results.Ok();
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim() is var media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static IResult TooLarge(MessagesOptions options) =>
        Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"请求体超过上限 {options.MaxBodyBytes} 字节。");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), ProtocolJson.Options, statusCode: status);
}
