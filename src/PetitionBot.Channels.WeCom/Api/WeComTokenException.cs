namespace PetitionBot.Channels.WeCom.Api;

/// <summary>gettoken answered with an error (wrong corp id or secret, an address not among the app's 企业可信IP …).</summary>
public sealed class WeComTokenException(int errCode, string errMsg)
    : Exception($"WeCom refused the access token request: errcode {errCode} ({errMsg}).")
{
    public int ErrCode { get; } = errCode;
}
