using System.Globalization;
using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>
/// Checks a callback's query (msg_signature, timestamp, nonce) against the encrypted payload and our clock, then
/// decrypts the payload. Shared by URL verification (payload = echostr) and message POSTs (payload = Encrypt).
/// </summary>
public sealed class WeComCallbackAuthenticator(WeComOptions options, TimeProvider time)
{
    private readonly WeComCipher _cipher = new(options.EncodingAesKey, options.CorpId);

    public WeComCallbackResult<string> Open(IQueryCollection query, string? encrypted)
    {
        string signature = query["msg_signature"].ToString(), timestamp = query["timestamp"].ToString(), nonce = query["nonce"].ToString();
        if (signature.Length == 0 || timestamp.Length == 0 || nonce.Length == 0 || string.IsNullOrEmpty(encrypted))
            return new WeComCallbackRejection(StatusCodes.Status400BadRequest, "missing msg_signature, timestamp, nonce or encrypted payload");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return new WeComCallbackRejection(StatusCodes.Status400BadRequest, "timestamp is not a number of seconds");
        if (!WeComSignature.Matches(signature, options.Token, timestamp, nonce, encrypted))
            return new WeComCallbackRejection(StatusCodes.Status403Forbidden, "msg_signature does not match");
        var skew = TimeSpan.FromSeconds(Math.Abs((double)seconds - time.GetUtcNow().ToUnixTimeSeconds()));
        if (skew > options.MaxClockSkew)
            return new WeComCallbackRejection(StatusCodes.Status403Forbidden, "timestamp is outside the accepted window");
        try
        {
            return _cipher.Decrypt(encrypted);
        }
        catch (WeComCryptoException e)
        {
            return e.Failure == WeComCryptoFailure.WrongReceiveId
                ? new WeComCallbackRejection(StatusCodes.Status403Forbidden, "payload is addressed to another receive id")
                : new WeComCallbackRejection(StatusCodes.Status400BadRequest, $"payload could not be decrypted ({e.Failure})");
        }
    }
}
