namespace PetitionBot.Channels.WeCom.Api;

/// <summary>How the channel reads WeCom's errcodes (全局错误码): which mean "token", which "not now", the rest "no".</summary>
public static class WeComErrorCodes
{
    /// <summary>-1 system busy; 45009 call frequency over the limit; 45033 too many concurrent calls.</summary>
    private static readonly HashSet<int> NotNow = [-1, 45009, 45033];

    /// <summary>40014 invalid access_token; 42001 access_token expired; 41001 access_token missing.</summary>
    private static readonly HashSet<int> Token = [40014, 42001, 41001];

    public static bool IsTokenError(int errCode) => Token.Contains(errCode);

    public static SendResult ToSendResult(WeComApiAnswer answer) =>
        answer.Succeeded ? SendResult.Delivered
        : NotNow.Contains(answer.ErrCode) || IsTokenError(answer.ErrCode) ? SendResult.RetryLater(Describe(answer))
        : SendResult.Refused(Describe(answer));

    /// <summary>errcode and WeCom's own message, which names no user and no credential.</summary>
    public static string Describe(WeComApiAnswer answer) => $"WeCom errcode {answer.ErrCode} ({answer.ErrMsg})";
}
