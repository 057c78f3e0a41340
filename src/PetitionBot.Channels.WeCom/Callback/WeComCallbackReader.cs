using System.Text;
using PetitionBot.Protocol.Transport;

namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>
/// Reads an encrypted callback POST: the XML envelope, its signature and timestamp, the decrypted inner XML, parsed
/// into a <see cref="WeComMessage"/>.
/// </summary>
public sealed class WeComCallbackReader(WeComCallbackAuthenticator authenticator, WeComOptions options, ILogger<WeComCallbackReader> logger)
{
    public async Task<WeComCallbackResult<WeComMessage>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var result = await ReadCoreAsync(request, cancellationToken);
        if (!result.Accepted)
            logger.LogWarning("WeCom callback refused ({Status}): {Reason}", result.Rejection.StatusCode, result.Rejection.Reason);
        return result;
    }

    private async Task<WeComCallbackResult<WeComMessage>> ReadCoreAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var bytes = request.ContentLength > options.MaxCallbackBytes ? null
            : await BoundedBody.ReadAsync(request.Body, options.MaxCallbackBytes, cancellationToken);
        if (bytes is null)
            return new WeComCallbackRejection(StatusCodes.Status413PayloadTooLarge, "callback body is too large");
        var envelope = WeComEnvelope.TryParse(Encoding.UTF8.GetString(bytes));
        if (envelope is null)
            return new WeComCallbackRejection(StatusCodes.Status400BadRequest, "body is not a WeCom XML envelope with Encrypt");
        var opened = authenticator.Open(request.Query, envelope.Encrypt);
        if (!opened.Accepted)
            return opened.Rejection;
        return WeComMessage.TryParse(opened.Value) is { } message
            ? message
            : new WeComCallbackRejection(StatusCodes.Status400BadRequest, "decrypted message is not the expected XML");
    }
}
