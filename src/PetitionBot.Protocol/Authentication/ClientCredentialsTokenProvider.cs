using System.Net.Http.Json;
using System.Text.Json;

namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// Client-credentials tokens by a plain form POST to {authority}/oauth2/v2.0/token
/// (Bot Framework REST docs, "bot to connector"). For authorities MSAL refuses — MSAL requires
/// https — such as an on-prem or local test token endpoint. Caches the token until shortly before expiry.
/// </summary>
public sealed class ClientCredentialsTokenProvider : IBotTokenProvider, IDisposable
{
    /// <summary>Renew this long before expiry so a token never expires in flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly Uri _tokenEndpoint;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string _scope;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _cached;

    public ClientCredentialsTokenProvider(BotAuthenticationOptions options, HttpClient httpClient, TimeProvider? timeProvider = null)
    {
        if (options.IsAuthenticationDisabled)
            throw new ArgumentException("MicrosoftAppId is required for outbound tokens.", nameof(options));
        _http = httpClient;
        _time = timeProvider ?? TimeProvider.System;
        _tokenEndpoint = new Uri(options.ResolveLoginAuthority().TrimEnd('/') + "/oauth2/v2.0/token", UriKind.Absolute);
        _clientId = options.MicrosoftAppId!;
        _clientSecret = options.MicrosoftAppPassword ?? "";
        _scope = options.ToChannelFromBotOAuthScope;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } token)
            return token;

        // One request at a time: concurrent callers wait for the same fresh token.
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh(_cached) is { } again)
                return again;
            var fetched = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _cached = fetched;
            return fetched.AccessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Fresh(CachedToken? cached) =>
        cached is not null && _time.GetUtcNow() < cached.RenewAt ? cached.AccessToken : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var requestedAt = _time.GetUtcNow();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _clientId,
            ["client_secret"] = _clientSecret,
            ["scope"] = _scope,
        });
        using var response = await _http.PostAsync(_tokenEndpoint, content, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            throw new BotTokenRequestException(response.StatusCode, error,
                $"Token request to {_tokenEndpoint.GetLeftPart(UriPartial.Path)} failed: {(int)response.StatusCode} {error}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        var accessToken = body.TryGetProperty("access_token", out var at) && at.ValueKind == JsonValueKind.String ? at.GetString() : null;
        if (string.IsNullOrEmpty(accessToken))
            throw new BotTokenRequestException(response.StatusCode, null, "Token response has no access_token.");
        var expiresIn = body.TryGetProperty("expires_in", out var ei) ? ReadSeconds(ei) : 3600;
        var expiresAt = requestedAt.AddSeconds(expiresIn);
        return new CachedToken(accessToken, expiresAt - RefreshMargin);
    }

    // Entra sends expires_in as a number; some servers send it as a string.
    private static long ReadSeconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), out var s) => s,
        _ => 0,
    };

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            return body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Dispose() => _refresh.Dispose();

    private sealed record CachedToken(string AccessToken, DateTimeOffset RenewAt);
}
