using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// Checks the Authorization header of a channel → bot request the way the Bot Framework
/// channels expect: Bot Connector tokens (issuer, audience, lifetime, signature, endorsements,
/// serviceurl) and Entra-issued Emulator tokens (ver/appid/azp). With no app id configured,
/// requests without a header are let in anonymously.
/// </summary>
public sealed class InboundRequestAuthenticator
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdMetadataSource _channelMetadata;
    private readonly OpenIdMetadataSource _emulatorMetadata;
    private readonly JsonWebTokenHandler _handler = new();

    public InboundRequestAuthenticator(BotAuthenticationOptions options, HttpClient metadataHttpClient)
    {
        _options = options;
        _channelMetadata = new OpenIdMetadataSource(options.ToBotFromChannelOpenIdMetadataUrl, metadataHttpClient);
        _emulatorMetadata = new OpenIdMetadataSource(options.ToBotFromEmulatorOpenIdMetadataUrl, metadataHttpClient);
    }

    /// <summary>No MicrosoftAppId: anonymous requests are accepted. The host should warn about it once at start-up.</summary>
    public bool IsAuthenticationDisabled => _options.IsAuthenticationDisabled;

    /// <summary>Checks a request carrying <paramref name="activity"/> (its channelId and serviceUrl are what the token must match).</summary>
    public Task<InboundAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Schema.Activity activity, CancellationToken cancellationToken) =>
        AuthenticateAsync(authorizationHeader, activity.ChannelId, activity.ServiceUrl, cancellationToken);

    public async Task<InboundAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return IsAuthenticationDisabled
                ? InboundAuthenticationResult.Anonymous()
                : InboundAuthenticationResult.Fail(AuthenticationFailureReason.MissingAuthorizationHeader, "no Authorization header");
        }

        // Same rule as the .NET and JS SDKs: exactly "Bearer <token>", scheme case-sensitive.
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.InvalidScheme, "Authorization header is not 'Bearer <token>'");

        var token = parts[1];
        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.MalformedToken, "bearer token is not a JWT");
        }

        var tenantId = unvalidated.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        var issuer = SafeIssuer(unvalidated);
        return EmulatorIssuers.Contains(issuer, tenantId)
            ? await AuthenticateEmulatorTokenAsync(token, channelId, tenantId, cancellationToken).ConfigureAwait(false)
            : await AuthenticateChannelTokenAsync(token, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InboundAuthenticationResult> AuthenticateChannelTokenAsync(
        string token, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var validation = await ValidateAsync(_channelMetadata, token, channelId, parameters =>
        {
            parameters.ValidIssuer = _options.ToBotFromChannelTokenIssuer;
            parameters.ValidateAudience = true;
            parameters.ValidAudience = _options.MicrosoftAppId;
        }, cancellationToken).ConfigureAwait(false);
        if (validation.Failure is not null)
            return validation.Failure;

        var jwt = validation.Token!;
        if (IsAuthenticationDisabled)
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.InvalidAudience, "no app id is configured, so no token can be addressed to this bot");
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) || string.IsNullOrEmpty(claimed))
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.MissingServiceUrlClaim, "token has no serviceurl claim");
        if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.ServiceUrlMismatch, "serviceurl claim differs from the activity's serviceUrl");
        return InboundAuthenticationResult.Success(validation.Identity!);
    }

    private async Task<InboundAuthenticationResult> AuthenticateEmulatorTokenAsync(
        string token, string? channelId, string? tenantId, CancellationToken cancellationToken)
    {
        // Like the SDK: audience is not checked for these; the caller's app id must be ours instead.
        var validation = await ValidateAsync(_emulatorMetadata, token, channelId, parameters =>
        {
            parameters.ValidIssuers = EmulatorIssuers.For(tenantId);
            parameters.ValidateAudience = false;
        }, cancellationToken).ConfigureAwait(false);
        if (validation.Failure is not null)
            return validation.Failure;

        var jwt = validation.Token!;
        if (!jwt.TryGetPayloadValue<string>("ver", out var version) || string.IsNullOrEmpty(version))
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.MissingTokenVersion, "Entra token has no ver claim");
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.MissingTokenVersion, $"unsupported Entra token version '{version}'");
        if (IsAuthenticationDisabled
            || !jwt.TryGetPayloadValue<string>(appIdClaim, out var appId)
            || !string.Equals(appId, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthenticationResult.Fail(AuthenticationFailureReason.AppIdMismatch, $"{appIdClaim} claim is not this bot's app id");
        }
        return InboundAuthenticationResult.Success(validation.Identity!);
    }

    private async Task<Validation> ValidateAsync(
        OpenIdMetadataSource source, string token, string? channelId,
        Action<TokenValidationParameters> configure, CancellationToken cancellationToken)
    {
        // One retry after an unknown key id: the issuer may have rolled its keys since our last fetch.
        for (var attempt = 0; ; attempt++)
        {
            MetadataSnapshot metadata;
            try
            {
                metadata = attempt == 0
                    ? await source.GetAsync(cancellationToken).ConfigureAwait(false)
                    : await source.GetRefreshedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return Validation.Fail(AuthenticationFailureReason.MetadataUnavailable,
                    $"cannot read OpenID metadata ({e.GetType().Name})");
            }

            var parameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = false,
                ClockSkew = ClockSkew,
                ValidAlgorithms = AllowedAlgorithms,
                IssuerSigningKeys = metadata.Configuration.SigningKeys,
            };
            configure(parameters);

            var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
            if (!result.IsValid)
            {
                var failure = Classify(result.Exception);
                if (failure == AuthenticationFailureReason.UnknownSigningKey && attempt == 0)
                    continue;
                return Validation.Fail(failure, Describe(failure, result.Exception));
            }

            var jwt = (JsonWebToken)result.SecurityToken;
            var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
            if (!metadata.Endorsements.Allows(keyId, channelId))
                return Validation.Fail(AuthenticationFailureReason.ChannelNotEndorsed, "signing key is not endorsed for the activity's channel");
            return new Validation(jwt, result.ClaimsIdentity, null);
        }
    }

    private static string? SafeIssuer(JsonWebToken token)
    {
        try
        {
            return token.Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static AuthenticationFailureReason Classify(Exception? exception) => exception switch
    {
        SecurityTokenInvalidIssuerException => AuthenticationFailureReason.InvalidIssuer,
        SecurityTokenInvalidAudienceException => AuthenticationFailureReason.InvalidAudience,
        SecurityTokenExpiredException => AuthenticationFailureReason.Expired,
        SecurityTokenNoExpirationException => AuthenticationFailureReason.Expired,
        SecurityTokenNotYetValidException => AuthenticationFailureReason.NotYetValid,
        SecurityTokenInvalidLifetimeException => AuthenticationFailureReason.Expired,
        SecurityTokenSignatureKeyNotFoundException => AuthenticationFailureReason.UnknownSigningKey,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailureReason.DisallowedAlgorithm,
        SecurityTokenInvalidSignatureException => AuthenticationFailureReason.InvalidSignature,
        SecurityTokenMalformedException => AuthenticationFailureReason.MalformedToken,
        _ => AuthenticationFailureReason.InvalidToken,
    };

    // Our own wording: IdentityModel messages can quote claim values.
    private static string Describe(AuthenticationFailureReason reason, Exception? exception) => reason switch
    {
        AuthenticationFailureReason.InvalidIssuer => "token issuer is not accepted",
        AuthenticationFailureReason.InvalidAudience => "token audience is not this bot's app id",
        AuthenticationFailureReason.Expired => "token has expired (beyond the 5 minute clock skew)",
        AuthenticationFailureReason.NotYetValid => "token is not valid yet (beyond the 5 minute clock skew)",
        AuthenticationFailureReason.UnknownSigningKey => "token is signed by a key not in the published key set",
        AuthenticationFailureReason.DisallowedAlgorithm => "token signature algorithm is not RS256/RS384/RS512",
        AuthenticationFailureReason.InvalidSignature => "token signature does not verify",
        AuthenticationFailureReason.MalformedToken => "bearer token is not a well-formed JWT",
        _ => $"token rejected ({exception?.GetType().Name ?? "unknown"})",
    };

    private sealed record Validation(JsonWebToken? Token, System.Security.Claims.ClaimsIdentity? Identity, InboundAuthenticationResult? Failure)
    {
        public static Validation Fail(AuthenticationFailureReason reason, string detail) =>
            new(null, null, InboundAuthenticationResult.Fail(reason, detail));
    }
}
