namespace PetitionBot.Protocol.Authentication;

/// <summary>Issuers of Entra-issued tokens the Emulator, the Agents Playground and skills present.</summary>
public static class EmulatorIssuers
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>The known issuers plus the two a single-tenant token from tenant <paramref name="tenantId"/> carries.</summary>
    public static IReadOnlyList<string> For(string? tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
            return Known;
        return [.. Known, $"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"];
    }

    public static bool Contains(string? issuer, string? tenantId) =>
        issuer is not null && For(tenantId).Contains(issuer, StringComparer.Ordinal);
}
