namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>Why a callback was refused: the HTTP status and a short body naming the check, free of personal data.</summary>
public sealed record WeComCallbackRejection(int StatusCode, string Reason)
{
    public IResult ToResult() => Results.Text(Reason, "text/plain; charset=utf-8", statusCode: StatusCode);
}
