using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Http.Wire;
using PetitionBot.DirectLine.Storage;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Protocol.Schema;
using PetitionBot.Protocol.Transport;

namespace PetitionBot.DirectLine.Http;

/// <summary>The Direct Line 3.0 subset under /v3/directline that DirectLineJS and Web Chat use.</summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath);
        group.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.RequestServices.GetRequiredService<DirectLineCors>().Apply(context.HttpContext);
            try
            {
                return await next(context);
            }
            catch (DirectLineStorageUnavailableException e) when (!context.HttpContext.Response.HasStarted)
            {
                // Every endpoint alike: 503 while the store is down, and the next call after it is back just works.
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.DirectLine")
                    .LogWarning("Direct Line storage unavailable on {Path}: {Reason}", context.HttpContext.Request.Path.Value, e.Message);
                return DirectLineErrors.StorageUnavailable();
            }
        });
        group.MapMethods("/{**path}", ["OPTIONS"], () => Results.NoContent());
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return group;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, BearerAuthorization auth, DirectLineTokens tokens, CancellationToken ct)
    {
        var caller = auth.Authorize(request, out var failure);
        if (caller is null)
            return failure!;
        if (!caller.IsSecret)
            return DirectLineErrors.InvalidToken();
        var parameters = await ReadParametersAsync(request, ct);
        var user = parameters?.User;
        var issued = tokens.Issue(ConversationIds.NewConversationId(), NonEmpty(user?.Id) ?? ConversationIds.NewUserId(), user?.Name);
        return Results.Ok(new ConversationResponse { ConversationId = issued.ConversationId, Token = issued.Token, ExpiresIn = issued.ExpiresInSeconds });
    }

    private static IResult RefreshToken(HttpRequest request, BearerAuthorization auth, DirectLineTokens tokens)
    {
        var caller = auth.Authorize(request, out var failure);
        if (caller is null)
            return failure!;
        if (caller.Token is not { } token)
            return DirectLineErrors.InvalidToken();
        var issued = tokens.Issue(token.ConversationId, token.UserId, token.UserName);
        return Results.Ok(new ConversationResponse { ConversationId = issued.ConversationId, Token = issued.Token, ExpiresIn = issued.ExpiresInSeconds });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, BearerAuthorization auth, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineOptions options, CancellationToken ct)
    {
        var caller = auth.Authorize(request, out var failure);
        if (caller is null)
            return failure!;
        var parameters = await ReadParametersAsync(request, ct);
        string conversationId;
        ChannelAccount user;
        if (caller.Token is { } token)
        {
            conversationId = token.ConversationId;
            user = new ChannelAccount { Id = token.UserId, Name = token.UserName, Role = "user" };
        }
        else
        {
            conversationId = ConversationIds.NewConversationId();
            user = new ChannelAccount { Id = NonEmpty(parameters?.User?.Id) ?? ConversationIds.NewUserId(), Name = parameters?.User?.Name, Role = "user" };
        }
        var started = await conversations.StartAsync(conversationId, user, BaseUrls.Service(request, options), parameters?.Locale, ct);
        var issued = tokens.Issue(conversationId, user.Id!, user.Name);
        var body = new ConversationResponse
        {
            ConversationId = conversationId,
            Token = issued.Token,
            ExpiresIn = issued.ExpiresInSeconds,
            StreamUrl = BaseUrls.Stream(request, options, conversationId, issued.Token, watermark: null),
        };
        return started.IsNew ? Results.Json(body, ProtocolJson.Options, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, BearerAuthorization auth, DirectLineTokens tokens,
        DirectLineConversations conversations, DirectLineOptions options, CancellationToken ct)
    {
        var (caller, failure) = await AuthorizeForAsync(request, conversationId, auth, conversations, ct);
        if (caller is null)
            return failure!;
        var info = (await conversations.FindAsync(conversationId, ct))!;
        var issued = caller.Token is { } token
            ? tokens.Issue(conversationId, token.UserId, token.UserName)
            : tokens.Issue(conversationId, info.UserId, info.UserName);
        if (!TryParseWatermark(watermark, out var from))
            return DirectLineErrors.BadRequest("watermark 必须是数字（watermark must be a number）。");
        return Results.Ok(new ConversationResponse
        {
            ConversationId = conversationId,
            Token = issued.Token,
            ExpiresIn = issued.ExpiresInSeconds,
            StreamUrl = BaseUrls.Stream(request, options, conversationId, issued.Token, string.IsNullOrEmpty(watermark) ? null : from),
        });
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, BearerAuthorization auth, DirectLineConversations conversations,
        CancellationToken ct)
    {
        var (caller, failure) = await AuthorizeForAsync(request, conversationId, auth, conversations, ct);
        if (caller is null)
            return failure!;
        if (!TryParseWatermark(watermark, out var from))
            return DirectLineErrors.BadRequest("watermark 必须是数字（watermark must be a number）。");
        var page = await conversations.ReadAsync(conversationId, from, ct);
        // Typing travels over the stream only, as on Azure.
        var visible = page.Activities.Where(a => !a.IsType(ActivityTypes.Typing)).ToList();
        return Results.Json(new ActivitySet { Activities = visible, Watermark = page.Watermark.ToString(CultureInfo.InvariantCulture) }, ProtocolJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, BearerAuthorization auth, DirectLineConversations conversations,
        DirectLineOptions options, ILoggerFactory loggers, CancellationToken ct)
    {
        var (caller, failure) = await AuthorizeForAsync(request, conversationId, auth, conversations, ct);
        if (caller is null)
            return failure!;
        if (request.ContentLength > options.MaxActivityBytes)
            return DirectLineErrors.TooLarge(options.MaxActivityBytes);
        var body = await BoundedBody.ReadAsync(request.Body, options.MaxActivityBytes, ct);
        if (body is null)
            return DirectLineErrors.TooLarge(options.MaxActivityBytes);
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadRequest("请求体不是合法的 Activity JSON（body is not a valid activity）。");
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
            return DirectLineErrors.BadRequest("Activity 缺少 type 字段（activity type is required）。");
        if (caller.Token is { } token)
        {
            // A token speaks for its own user only, whatever the body claims.
            activity.From = new ChannelAccount { Id = token.UserId, Name = token.UserName ?? activity.From?.Name, Role = "user" };
        }
        try
        {
            var id = await conversations.PostAsync(conversationId, activity, ct);
            return Results.Ok(new ResourceResponse { Id = id });
        }
        catch (ConversationNotFoundException)
        {
            return DirectLineErrors.NotFound();
        }
        catch (DirectLineBotFailedException e)
        {
            loggers.CreateLogger("PetitionBot.DirectLine").LogError(e.InnerException, "The bot failed on a Direct Line activity in {ConversationId}", conversationId);
            return DirectLineErrors.BotFailed();
        }
    }

    private static async Task<IResult> Upload(
        string conversationId, HttpRequest request, BearerAuthorization auth, DirectLineConversations conversations, CancellationToken ct)
    {
        var (caller, failure) = await AuthorizeForAsync(request, conversationId, auth, conversations, ct);
        return caller is null ? failure! : DirectLineErrors.UploadNotSupported();
    }

    private static async Task StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext http, BearerAuthorization auth, DirectLineConversations conversations,
        IConversationSignals signals, DirectLineOptions options, ILoggerFactory loggers)
    {
        var ct = http.RequestAborted;
        var caller = auth.AuthorizeBearer(t ?? BearerFromHeader(http.Request), out var failure);
        IResult? refusal = failure;
        if (caller is not null && !caller.MayUse(conversationId))
            refusal = DirectLineErrors.WrongConversation();
        else if (caller is not null && await conversations.FindAsync(conversationId, ct) is null)
            refusal = DirectLineErrors.NotFound();
        // The token is judged first: an expired or foreign one gets its 401/403 whatever the request looks like.
        else if (refusal is null && !http.WebSockets.IsWebSocketRequest)
            refusal = DirectLineErrors.BadRequest("此地址只接受 WebSocket 连接（WebSocket upgrade required）。");
        else if (refusal is null && !TryParseWatermark(watermark, out _))
            refusal = DirectLineErrors.BadRequest("watermark 必须是数字（watermark must be a number）。");
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }
        TryParseWatermark(watermark, out var from);
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var session = new StreamSession(socket, conversationId, from, conversations, signals, options, loggers.CreateLogger<StreamSession>());
        await session.RunAsync(ct);
    }

    private static async Task<(DirectLineCaller? Caller, IResult? Failure)> AuthorizeForAsync(
        HttpRequest request, string conversationId, BearerAuthorization auth, DirectLineConversations conversations, CancellationToken ct)
    {
        var caller = auth.Authorize(request, out var failure);
        if (caller is null)
            return (null, failure);
        if (!caller.MayUse(conversationId))
            return (null, DirectLineErrors.WrongConversation());
        if (!ConversationIds.IsWellFormed(conversationId) || await conversations.FindAsync(conversationId, ct) is null)
            return (null, DirectLineErrors.NotFound());
        return (caller, null);
    }

    private static bool TryParseWatermark(string? watermark, out long from)
    {
        from = 0;
        if (string.IsNullOrEmpty(watermark) || watermark == "null" || watermark == "undefined")
            return true;
        return long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from);
    }

    private static async Task<TokenParameters?> ReadParametersAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is 0 or > 16 * 1024)
            return null;
        var body = await BoundedBody.ReadAsync(request.Body, 16 * 1024, ct);
        if (body is not { Length: > 0 })
            return null;
        try
        {
            return JsonSerializer.Deserialize<TokenParameters>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? BearerFromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
