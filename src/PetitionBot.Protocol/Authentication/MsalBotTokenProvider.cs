using Microsoft.Identity.Client;

namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// Client-credentials tokens from Entra ID through MSAL. MSAL keeps them in its in-memory
/// app token cache and renews them shortly before they expire. MSAL accepts https authorities only.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private static readonly string[] MicrosoftLoginHosts =
        ["login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn"];

    private readonly IConfidentialClientApplication _client;
    private readonly string[] _scopes;

    public MsalBotTokenProvider(BotAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        if (options.IsAuthenticationDisabled)
            throw new ArgumentException("MicrosoftAppId is required for outbound tokens.", nameof(options));
        if (options.MicrosoftAppType == BotAppType.UserAssignedMSI)
            throw new NotSupportedException("MicrosoftAppType UserAssignedMSI is not supported; use MultiTenant or SingleTenant.");

        var authority = options.ResolveLoginAuthority();
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword ?? "")
            .WithAuthority(authority);
        // Instance discovery only knows Microsoft's clouds; skip it for any other (e.g. on-prem) authority.
        if (!MicrosoftLoginHosts.Contains(new Uri(authority).Host, StringComparer.OrdinalIgnoreCase))
            builder = builder.WithInstanceDiscovery(false);
        if (httpClientFactory is not null)
            builder = builder.WithHttpClientFactory(httpClientFactory);
        _client = builder.Build();
        _scopes = [options.ToChannelFromBotOAuthScope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _client.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
