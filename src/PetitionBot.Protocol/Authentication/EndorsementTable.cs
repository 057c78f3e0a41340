namespace PetitionBot.Protocol.Authentication;

/// <summary>Signing key id → channels the key is endorsed for (the JWKS "endorsements" extension).</summary>
public sealed class EndorsementTable
{
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _byKeyId;

    public EndorsementTable(IReadOnlyDictionary<string, IReadOnlySet<string>> byKeyId) => _byKeyId = byKeyId;

    public static EndorsementTable Empty { get; } = new(new Dictionary<string, IReadOnlySet<string>>());

    /// <summary>
    /// A key with no endorsements listed puts no restriction on the channel; a key with some
    /// must name the activity's channel.
    /// </summary>
    public bool Allows(string? keyId, string? channelId)
    {
        if (keyId is null || !_byKeyId.TryGetValue(keyId, out var channels) || channels.Count == 0)
            return true;
        return !string.IsNullOrEmpty(channelId) && channels.Contains(channelId);
    }

    public bool Knows(string keyId) => _byKeyId.ContainsKey(keyId);
}
