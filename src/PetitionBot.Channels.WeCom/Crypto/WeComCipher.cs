using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>
/// WeCom's message encryption: AES-256-CBC with IV = the key's first 16 bytes over
/// random(16) + big-endian length(4) + message + receive id, PKCS#7-padded to 32 bytes, Base64-encoded.
/// </summary>
public sealed class WeComCipher
{
    public const int RandomPrefixBytes = 16;
    private const int LengthBytes = 4;

    private readonly byte[] _key;
    private readonly byte[] _receiveId;

    /// <param name="encodingAesKey">The application's EncodingAESKey (43 characters).</param>
    /// <param name="receiveId">The corp id for a self-built application (企业自建应用).</param>
    public WeComCipher(string encodingAesKey, string receiveId)
    {
        _key = WeComAesKey.Decode(encodingAesKey);
        _receiveId = Encoding.UTF8.GetBytes(receiveId);
    }

    /// <summary>Encrypts with a fresh random prefix.</summary>
    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(RandomPrefixBytes));

    /// <summary>Encrypts with the given 16-byte prefix (fixed in tests to reproduce known ciphertexts).</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix)
    {
        if (randomPrefix.Length != RandomPrefixBytes)
            throw new ArgumentException($"The random prefix is {RandomPrefixBytes} bytes.", nameof(randomPrefix));
        var body = Encoding.UTF8.GetBytes(message);
        var plain = new byte[RandomPrefixBytes + LengthBytes + body.Length + _receiveId.Length];
        randomPrefix.CopyTo(plain);
        BinaryPrimitives.WriteUInt32BigEndian(plain.AsSpan(RandomPrefixBytes), (uint)body.Length);
        body.CopyTo(plain, RandomPrefixBytes + LengthBytes);
        _receiveId.CopyTo(plain, RandomPrefixBytes + LengthBytes + body.Length);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(WeComPadding.Pad(plain), _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The message inside <paramref name="encrypted"/>; throws <see cref="WeComCryptoException"/> when any check fails.</summary>
    public string Decrypt(string encrypted)
    {
        byte[] cipherText;
        try
        {
            cipherText = Convert.FromBase64String(encrypted);
        }
        catch (FormatException)
        {
            throw new WeComCryptoException(WeComCryptoFailure.MalformedCiphertext);
        }
        if (cipherText.Length == 0 || cipherText.Length % 16 != 0)
            throw new WeComCryptoException(WeComCryptoFailure.MalformedCiphertext);

        using var aes = Aes.Create();
        aes.Key = _key;
        var padded = aes.DecryptCbc(cipherText, _key.AsSpan(0, 16), PaddingMode.None);
        var plain = WeComPadding.Unpad(padded);

        if (plain.Length < RandomPrefixBytes + LengthBytes)
            throw new WeComCryptoException(WeComCryptoFailure.BadLength);
        var length = BinaryPrimitives.ReadUInt32BigEndian(plain[RandomPrefixBytes..]);
        var rest = plain[(RandomPrefixBytes + LengthBytes)..];
        if (length > (uint)rest.Length)
            throw new WeComCryptoException(WeComCryptoFailure.BadLength);
        var body = rest[..(int)length];
        if (!CryptographicOperations.FixedTimeEquals(rest[(int)length..], _receiveId))
            throw new WeComCryptoException(WeComCryptoFailure.WrongReceiveId);

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new WeComCryptoException(WeComCryptoFailure.NotUtf8);
        }
    }
}
