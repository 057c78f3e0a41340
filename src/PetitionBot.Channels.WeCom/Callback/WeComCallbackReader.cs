using System.Text;

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
        var body = await ReadBoundedAsync(request, options.MaxCallbackBytes, cancellationToken);
        if (body is null)
            return new WeComCallbackRejection(StatusCodes.Status413PayloadTooLarge, "callback body is too large");
        var envelope = WeComEnvelope.TryParse(body);
        if (envelope is null)
            return new WeComCallbackRejection(StatusCodes.Status400BadRequest, "body is not a WeCom XML envelope with Encrypt");
        var opened = authenticator.Open(request.Query, envelope.Encrypt);
        if (!opened.Accepted)
            return opened.Rejection;
        return WeComMessage.TryParse(opened.Value) is { } message
            ? message
            : new WeComCallbackRejection(StatusCodes.Status400BadRequest, "decrypted message is not the expected XML");
    }

    /// <summary>The body as UTF-8, or null when it exceeds <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
