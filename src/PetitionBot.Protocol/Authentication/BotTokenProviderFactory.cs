namespace PetitionBot.Protocol.Authentication;

/// <summary>Chooses how outbound tokens are obtained from the configuration.</summary>
public static class BotTokenProviderFactory
{
    /// <summary>
    /// No app id: no tokens. An https authority: MSAL. A plain-http authority (on-prem or local
    /// test token endpoint, which MSAL refuses): a direct client-credentials POST.
    /// </summary>
    public static IBotTokenProvider Create(BotAuthenticationOptions options, HttpClient httpClient)
    {
        if (options.IsAuthenticationDisabled)
            return new AnonymousBotTokenProvider();
        var authority = new Uri(options.ResolveLoginAuthority(), UriKind.Absolute);
        return authority.Scheme == Uri.UriSchemeHttps
            ? new MsalBotTokenProvider(options)
            : new ClientCredentialsTokenProvider(options, httpClient);
    }
}
