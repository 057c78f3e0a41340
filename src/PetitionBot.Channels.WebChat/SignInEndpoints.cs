using System.Net;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Chat.Routing;
using PetitionBot.Chat.Users;
using PetitionBot.Channels.WebChat.SignIn;

namespace PetitionBot.Channels.WebChat;

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
        endpoints.MapPost("/webchat/signin", SignIn).AddEndpointFilter(AnswerOutage);
        endpoints.MapGet("/webchat/session", FromTrustedHeader).AddEndpointFilter(AnswerOutage);
    }

    /// <summary>
    /// A locked account or address is refused before its password is checked (so even the right one does not get in
    /// while locked), and a password is checked only when the gate has a free turn.
    /// </summary>
    private static async Task<IResult> SignIn(SignInRequest request, HttpContext http, UserDirectory users, SignInLimiter limiter,
        PasswordCheckGate gate, DirectLineTokens tokens, DirectLineConversations conversations, MainMenu menu, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var typed = request.User ?? "";
        var found = users.FindForSignIn(typed);
        var caller = SignInCaller.Of(found, typed, http.Connection.RemoteIpAddress);
        if (await limiter.LockOfAsync(caller, cancellationToken) is { } locked)
            return SignInReplies.Locked(http.Response, locked, time.GetUtcNow());

        ChatUser? user;
        using (var turn = await gate.EnterAsync(cancellationToken))
        {
            if (turn is null)
                return SignInReplies.Busy(http.Response);
            user = UserDirectory.Verify(found, request.Password ?? "");
        }
        if (user is null)
        {
            // The typed name may be a person's name: never log it.
            loggers.CreateLogger("PetitionBot.WebChat").LogInformation("A Web Chat sign-in failed");
            return await limiter.RecordFailureAsync(caller, cancellationToken) is { } nowLocked
                ? SignInReplies.Locked(http.Response, nowLocked, time.GetUtcNow())
                : SignInReplies.WrongNameOrPassword();
        }
        await limiter.RecordSuccessAsync(caller, cancellationToken);
        return Results.Ok(await IssueAsync(tokens, conversations, menu, user.Id, NameOf(user), cancellationToken));
    }

    /// <summary>Redis (sign-in counts, the user's conversation) cannot be reached: 503 "稍后再试", not 500.</summary>
    private static async ValueTask<object?> AnswerOutage(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (StorageOutage.Is(e) && !context.HttpContext.Response.HasStarted)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PetitionBot.WebChat")
                .LogWarning("Web Chat sign-in storage unavailable on {Path}: {Reason}", context.HttpContext.Request.Path.Value, e.Message);
            return SignInReplies.Unavailable(context.HttpContext.Response);
        }
    }

    private static async Task<IResult> FromTrustedHeader(HttpRequest request, WebChatOptions options, UserDirectory users,
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

    private static string NameOf(ChatUser user) => string.IsNullOrWhiteSpace(user.Name) ? user.Id : user.Name;
}
