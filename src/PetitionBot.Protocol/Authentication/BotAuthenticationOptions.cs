namespace PetitionBot.Protocol.Authentication;

/// <summary>
/// Bot Framework authentication settings. Property names are the configuration keys the
/// Bot Framework SDK used, so existing appsettings files bind unchanged.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultChannelTokenIssuer = "https://api.botframework.com";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string DefaultLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string DefaultOAuthScope = "https://api.botframework.com/.default";

    /// <summary>Empty means authentication is disabled (local Emulator / Playground use only).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Required for <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultChannelTokenIssuer;

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = DefaultEmulatorOpenIdMetadataUrl;

    /// <summary>Token authority for bot → channel calls; for SingleTenant the tenant replaces the last segment.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = DefaultLoginUrl;

    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Settings that are missing or contradict each other, one line each naming the key; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (IsAuthenticationDisabled)
        {
            if (!string.IsNullOrWhiteSpace(MicrosoftAppPassword))
                problems.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set MicrosoftAppId, or remove the password.");
            return problems;
        }
        if (string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            problems.Add("MicrosoftAppId is set but MicrosoftAppPassword is empty: the bot cannot get tokens to reply. Set MicrosoftAppPassword.");
        if (MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            problems.Add("MicrosoftAppType is SingleTenant but MicrosoftAppTenantId is empty. Set MicrosoftAppTenantId.");
        return problems;
    }

    /// <summary>The authority to request outbound tokens from, honouring SingleTenant.</summary>
    public string ResolveLoginAuthority()
    {
        var login = ToChannelFromBotLoginUrl.TrimEnd('/');
        if (MicrosoftAppType != BotAppType.SingleTenant)
            return login;
        if (string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            throw new InvalidOperationException("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        // The SDK swaps the channel tenant (botframework.com) for the bot's own tenant.
        var uri = new Uri(login, UriKind.Absolute);
        var path = uri.AbsolutePath.TrimEnd('/');
        var parent = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        var baseUrl = uri.GetLeftPart(UriPartial.Authority) + parent;
        return $"{baseUrl}/{MicrosoftAppTenantId}";
    }
}
