using System.Net;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels.Callers;

namespace PetitionBot.Channels.BotFramework;

/// <summary>
/// Without MicrosoftAppId, /api/messages cannot tell who calls and believes any from.id (the demo supervisor sees every
/// case), so it takes such calls from this machine only (loopback), plus the addresses and networks that
/// Messages:AllowUnauthenticatedFrom names. With an app id every call is authenticated and this lets all through.
/// </summary>
public sealed class UnauthenticatedCallers(bool authenticationDisabled, IReadOnlyList<IPNetwork> allowed)
{
    public const string AllowedKey = "Messages:AllowUnauthenticatedFrom";

    public static UnauthenticatedCallers From(BotAuthenticationOptions auth, IConfiguration configuration, List<string> problems) =>
        new(auth.IsAuthenticationDisabled, AddressRanges.Parse(configuration.GetSection(AllowedKey).Get<string[]>(), AllowedKey, problems));

    /// <summary>"loopback only", or "loopback and 10.1.0.0/16" — for the start-up warning.</summary>
    public string Description => allowed.Count == 0 ? "loopback only" : "loopback and " + string.Join(", ", allowed);

    public bool Allows(IPAddress? client)
    {
        if (!authenticationDisabled)
            return true;
        // No address (a Unix socket) is no proof of being local.
        if (client is null)
            return false;
        client = AddressRanges.Normalize(client);
        return IPAddress.IsLoopback(client) || allowed.Any(network => network.Contains(client));
    }

    /// <summary>The endpoint filter: 403 before the body is read for a caller who may not call unauthenticated.</summary>
    public static async ValueTask<object?> RefuseOthers(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var callers = http.RequestServices.GetRequiredService<UnauthenticatedCallers>();
        if (callers.Allows(http.Connection.RemoteIpAddress))
            return await next(context);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.Messages")
            .LogWarning("Refused an unauthenticated call to /api/messages from {ClientNetwork}", ClientAddressForLog.Of(http.Connection.RemoteIpAddress));
        return Results.Json(ErrorResponse.Of("Forbidden",
                "本机器人未配置身份验证（MicrosoftAppId），只接受本机发来的请求。请配置 MicrosoftAppId，或由管理员在 Messages:AllowUnauthenticatedFrom 中允许此地址。"),
            ProtocolJson.Options, statusCode: StatusCodes.Status403Forbidden);
    }
}
