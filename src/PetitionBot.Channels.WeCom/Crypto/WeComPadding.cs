namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>PKCS#7 padding to a multiple of 32 bytes, as WeCom uses (not AES's 16-byte block).</summary>
public static class WeComPadding
{
    public const int BlockSize = 32;

    public static byte[] Pad(ReadOnlySpan<byte> data)
    {
        var padding = BlockSize - data.Length % BlockSize;
        var padded = new byte[data.Length + padding];
        data.CopyTo(padded);
        padded.AsSpan(data.Length).Fill((byte)padding);
        return padded;
    }

    /// <summary>The data without its padding; throws <see cref="WeComCryptoException"/> when the padding is not well formed.</summary>
    public static ReadOnlySpan<byte> Unpad(ReadOnlySpan<byte> padded)
    {
        if (padded.Length == 0)
            throw new WeComCryptoException(WeComCryptoFailure.BadPadding);
        var padding = padded[^1];
        if (padding is < 1 or > BlockSize || padding > padded.Length)
            throw new WeComCryptoException(WeComCryptoFailure.BadPadding);
        if (padded[^padding..].ContainsAnyExcept(padding))
            throw new WeComCryptoException(WeComCryptoFailure.BadPadding);
        return padded[..^padding];
    }
}
