namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>
/// The GET WeCom sends when the callback URL is saved: a signed, encrypted echostr whose plaintext must be answered
/// as is.
/// </summary>
public sealed class WeComUrlVerification(WeComCallbackAuthenticator authenticator, ILogger<WeComUrlVerification> logger)
{
    public IResult Handle(HttpRequest request)
    {
        var opened = authenticator.Open(request.Query, request.Query["echostr"].ToString());
        if (!opened.Accepted)
        {
            logger.LogWarning("WeCom URL verification refused ({Status}): {Reason}", opened.Rejection.StatusCode, opened.Rejection.Reason);
            return opened.Rejection.ToResult();
        }
        logger.LogInformation("WeCom URL verification answered");
        return Results.Text(opened.Value, "text/plain; charset=utf-8");
    }
}
