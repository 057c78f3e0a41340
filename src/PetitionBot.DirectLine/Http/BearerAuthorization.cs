using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using PetitionBot.DirectLine.Tokens;

namespace PetitionBot.DirectLine.Http;

/// <summary>Reads "Authorization: Bearer …" as the secret or a token: missing → 401, bad or expired → 403.</summary>
public sealed class BearerAuthorization(DirectLineOptions options, DirectLineTokens tokens)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Secret);

    public DirectLineCaller? Authorize(HttpRequest request, out IResult? failure)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim().Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            failure = DirectLineErrors.MissingAuthorization();
            return null;
        }
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            failure = DirectLineErrors.InvalidToken();
            return null;
        }
        return AuthorizeBearer(header[Scheme.Length..].Trim(), out failure);
    }

    /// <summary>For the stream, whose token travels in the URL.</summary>
    public DirectLineCaller? AuthorizeBearer(string? bearer, out IResult? failure)
    {
        failure = null;
        if (string.IsNullOrEmpty(bearer))
        {
            failure = DirectLineErrors.MissingAuthorization();
            return null;
        }
        if (IsSecret(bearer))
            return new DirectLineCaller(IsSecret: true, Token: null);
        var reading = tokens.Read(bearer);
        switch (reading.Check)
        {
            case TokenCheck.Valid:
                return new DirectLineCaller(IsSecret: false, reading.Token);
            case TokenCheck.Expired:
                failure = DirectLineErrors.ExpiredToken();
                return null;
            default:
                failure = DirectLineErrors.InvalidToken();
                return null;
        }
    }

    private bool IsSecret(string bearer) =>
        _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);
}
