namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>
/// The AES key behind an EncodingAESKey: 43 Base64 characters, decoded with one "=" appended to 32 bytes (AES-256).
/// </summary>
public static class WeComAesKey
{
    public const int EncodedLength = 43;
    public const int KeyBytes = 32;

    /// <summary>The 32-byte key, or null when <paramref name="encodingAesKey"/> is not 43 characters of Base64 for 32 bytes.</summary>
    public static byte[]? TryDecode(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: EncodedLength })
            return null;
        var key = new byte[KeyBytes + 1];
        return Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == KeyBytes
            ? key[..KeyBytes]
            : null;
    }

    /// <summary>The 32-byte key; throws when the setting is malformed (options validation reports it first).</summary>
    public static byte[] Decode(string encodingAesKey) =>
        TryDecode(encodingAesKey)
        ?? throw new ArgumentException($"An EncodingAESKey is {EncodedLength} Base64 characters encoding {KeyBytes} bytes.", nameof(encodingAesKey));
}
