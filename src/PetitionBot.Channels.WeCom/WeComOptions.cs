using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Channels.WeCom;

/// <summary>Configuration section "WeCom": a self-built application (企业自建应用) of one corp.</summary>
public sealed class WeComOptions
{
    public const string Section = "WeCom";

    /// <summary>The corp id (企业ID); also the receive id that ends every decrypted callback.</summary>
    public string CorpId { get; set; } = "";

    /// <summary>The application's AgentId.</summary>
    public int AgentId { get; set; }

    /// <summary>The application's Secret, for the access token (gettoken). Never logged.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Where WeCom posts callbacks (and verifies the URL with GET); the admin console's 接收消息 URL ends with it.</summary>
    public string CallbackPath { get; set; } = "/api/wecom";

    /// <summary>An access token is renewed this long before WeCom says it expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest one call to WeCom's API may take before the reply is retried later.</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The callback Token set in the application's "接收消息" settings.</summary>
    public string Token { get; set; } = "";

    /// <summary>The callback EncodingAESKey: 43 Base64 characters.</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>Where WeCom's server API is; a proxy in between may be named here.</summary>
    public string ApiBaseUrl { get; set; } = "https://qyapi.weixin.qq.com";

    /// <summary>Callbacks whose timestamp is further than this from our clock are refused (replays, stale requests).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest accepted callback body; larger requests get 413.</summary>
    public long MaxCallbackBytes { get; set; } = 64 * 1024;

    /// <summary>True when any credential is set, i.e. the deployment means to use WeCom.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(CorpId) || !string.IsNullOrWhiteSpace(Secret) || !string.IsNullOrWhiteSpace(Token) || !string.IsNullOrWhiteSpace(EncodingAesKey);

    /// <summary>Settings that cannot work, each naming its key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(CorpId))
            problems.Add($"{Section}:{nameof(CorpId)} is required (the corp id, 企业ID).");
        if (AgentId <= 0)
            problems.Add($"{Section}:{nameof(AgentId)} must be the application's positive AgentId, not {AgentId}.");
        if (string.IsNullOrWhiteSpace(Secret))
            problems.Add($"{Section}:{nameof(Secret)} is required (the application's Secret, for sending).");
        if (string.IsNullOrWhiteSpace(Token))
            problems.Add($"{Section}:{nameof(Token)} is required (the callback Token).");
        else if (Token.Length > 32 || !Token.All(char.IsAsciiLetterOrDigit))
            problems.Add($"{Section}:{nameof(Token)} must be at most 32 letters or digits.");
        if (WeComAesKey.TryDecode(EncodingAesKey) is null)
            problems.Add($"{Section}:{nameof(EncodingAesKey)} must be {WeComAesKey.EncodedLength} Base64 characters (a-z, A-Z, 0-9) encoding a 32-byte key.");
        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme != Uri.UriSchemeHttps && !api.IsLoopback)
            problems.Add($"{Section}:{nameof(ApiBaseUrl)} must be an absolute https URL, not '{ApiBaseUrl}'.");
        if (MaxClockSkew <= TimeSpan.Zero)
            problems.Add($"{Section}:{nameof(MaxClockSkew)} must be a positive duration (hh:mm:ss), not {MaxClockSkew}.");
        if (!CallbackPath.StartsWith('/') || CallbackPath.Length < 2 || CallbackPath.Contains('?') || CallbackPath.Contains('{'))
            problems.Add($"{Section}:{nameof(CallbackPath)} must be a path such as /api/wecom, not '{CallbackPath}'.");
        if (TokenRefreshMargin < TimeSpan.Zero || TokenRefreshMargin >= TimeSpan.FromHours(1))
            problems.Add($"{Section}:{nameof(TokenRefreshMargin)} must be between 00:00:00 and 01:00:00, not {TokenRefreshMargin}.");
        if (ApiTimeout <= TimeSpan.Zero)
            problems.Add($"{Section}:{nameof(ApiTimeout)} must be a positive duration (hh:mm:ss), not {ApiTimeout}.");
        if (MaxCallbackBytes <= 0)
            problems.Add($"{Section}:{nameof(MaxCallbackBytes)} must be positive, not {MaxCallbackBytes}.");
        return problems;
    }
}
