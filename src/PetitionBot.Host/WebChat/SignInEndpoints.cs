using System.Net;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Host.Bot;

namespace PetitionBot.Host.WebChat;

/// <summary>
/// The page's sign-in: a configured user with their password, or the user a trusted reverse proxy names.
/// Either way the answer is a Direct Line token for the user's conversation (continued while it lasts, so history
/// and reminders that arrived meanwhile are there), so the page never holds the secret. The page probes
/// GET /webchat/session on every load: 200 with a token when the proxy names the user, 204 (signed out) otherwise.
/// </summary>
public static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webchat/signin", SignIn);
        endpoints.MapGet("/webchat/session", FromTrustedHeader);
    }

    private static async Task<IResult> SignIn(SignInRequest request, WebChatUserDirectory users, DirectLineTokens tokens,
        DirectLineConversations conversations, MainMenu menu, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var user = users.SignIn(request.User ?? "", request.Password ?? "");
        if (user is null)
        {
            // The typed name may be a person's name: never log it.
            loggers.CreateLogger("PetitionBot.WebChat").LogInformation("A Web Chat sign-in failed");
            return Results.Json(new { error = "账号或密码不对，请再试一次。" }, statusCode: StatusCodes.Status401Unauthorized);
        }
        return Results.Ok(await IssueAsync(tokens, conversations, menu, user.Id, NameOf(user), cancellationToken));
    }

    private static async Task<IResult> FromTrustedHeader(HttpRequest request, WebChatOptions options, WebChatUserDirectory users,
        DirectLineTokens tokens, DirectLineConversations conversations, MainMenu menu, CancellationToken cancellationToken)
    {
        // No proxy login, or a request that did not come through the proxy: no session, the page shows its sign-in.
        if (string.IsNullOrWhiteSpace(options.TrustedUserHeader))
            return Results.NoContent();
        var id = request.Headers[options.TrustedUserHeader].ToString().Trim();
        if (id.Length == 0)
            return Results.NoContent();
        var name = string.IsNullOrWhiteSpace(options.TrustedUserNameHeader) ? "" : WebUtility.UrlDecode(request.Headers[options.TrustedUserNameHeader].ToString()).Trim();
        if (name.Length == 0)
            name = users.Find(id) is { } known ? NameOf(known) : id;
        return Results.Ok(await IssueAsync(tokens, conversations, menu, id, name, cancellationToken));
    }

    private static async Task<SignInResponse> IssueAsync(DirectLineTokens tokens, DirectLineConversations conversations, MainMenu menu,
        string userId, string userName, CancellationToken cancellationToken)
    {
        var issued = tokens.Issue(await conversations.ConversationForUserAsync(userId, cancellationToken), userId, userName);
        return new SignInResponse(issued.Token, issued.ConversationId, userId, userName, issued.ExpiresInSeconds, menu.ButtonsFor(userId));
    }

    private static string NameOf(WebChatUser user) => string.IsNullOrWhiteSpace(user.Name) ? user.Id : user.Name;
}
