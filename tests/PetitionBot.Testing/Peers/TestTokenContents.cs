using System.Text.Json.Nodes;

namespace PetitionBot.Testing.Peers;

/// <summary>What a minted test token says; unset times default to "valid now for an hour".</summary>
public sealed record TestTokenContents
{
    /// <summary>Null: the issuing server's own issuer.</summary>
    public string? Issuer { get; init; }

    public string? Audience { get; init; }

    /// <summary>The Bot Connector "serviceurl" claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public string Algorithm { get; init; } = "RS256";

    /// <summary>Further claims, e.g. ver/appid/azp/tid for Entra-style tokens.</summary>
    public IReadOnlyDictionary<string, string> Claims { get; init; } = new Dictionary<string, string>();

    public JsonObject ToPayload(string defaultIssuer)
    {
        var now = DateTimeOffset.UtcNow;
        var notBefore = NotBefore ?? now.AddMinutes(-1);
        var payload = new JsonObject
        {
            ["iss"] = Issuer ?? defaultIssuer,
            ["nbf"] = notBefore.ToUnixTimeSeconds(),
            ["iat"] = notBefore.ToUnixTimeSeconds(),
            ["exp"] = (Expires ?? now.AddHours(1)).ToUnixTimeSeconds(),
        };
        if (Audience is not null)
            payload["aud"] = Audience;
        if (ServiceUrl is not null)
            payload["serviceurl"] = ServiceUrl;
        foreach (var (name, value) in Claims)
            payload[name] = value;
        return payload;
    }
}
