using System.Security.Cryptography;
using System.Text;
using PetitionBot.Channels.WeCom.Crypto;

namespace PetitionBot.Channels.WeCom.Tests;

public sealed class WeComCipherTests
{
    private const string Key = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private const string Corp = "ww0a1b2c3d4e5f6789";

    [Theory]
    [MemberData(nameof(WeComVector.Names), MemberType = typeof(WeComVector))]
    public void Encrypting_with_the_vectors_random_prefix_gives_its_ciphertext_and_signature(string name)
    {
        var v = WeComVector.Named(name);

        var encrypted = new WeComCipher(v.EncodingAesKey, v.ReceiveId).Encrypt(v.Message, Convert.FromHexString(v.RandomHex));

        Assert.Equal(v.Encrypt, encrypted);
        Assert.Equal(v.MsgSignature, WeComSignature.Compute(v.Token, v.Timestamp, v.Nonce, encrypted));
    }

    [Theory]
    [MemberData(nameof(WeComVector.Names), MemberType = typeof(WeComVector))]
    public void Decrypting_the_vectors_ciphertext_gives_its_message(string name)
    {
        var v = WeComVector.Named(name);

        Assert.True(WeComSignature.Matches(v.MsgSignature, v.Token, v.Timestamp, v.Nonce, v.Encrypt));
        Assert.Equal(v.Message, new WeComCipher(v.EncodingAesKey, v.ReceiveId).Decrypt(v.Encrypt));
    }

    [Fact]
    public void The_vectors_include_WeComs_own_sample_values()
    {
        Assert.Contains(WeComVector.All, v => v.Source.Contains("WeCom") && v.Token == "QDG6eK");
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("0123456789")]
    [InlineData("你好，我想咨询信访事项")]
    public void A_message_survives_a_round_trip_with_a_fresh_random_prefix(string message)
    {
        var cipher = new WeComCipher(Key, Corp);

        var first = cipher.Encrypt(message);

        Assert.Equal(message, cipher.Decrypt(first));
        Assert.NotEqual(first, cipher.Encrypt(message));
    }

    [Fact]
    public void Padding_is_to_a_multiple_of_32_bytes()
    {
        // 16 random + 4 length + 1 + 18 corp id = 39 bytes: AES's 16-byte padding would give 48, WeCom's gives 64.
        var encrypted = Convert.FromBase64String(new WeComCipher(Key, Corp).Encrypt("x"));

        Assert.Equal(64, encrypted.Length);
    }

    [Fact]
    public void A_message_for_another_receive_id_is_refused()
    {
        var encrypted = new WeComCipher(Key, "ww-other-corp").Encrypt("hello");

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(encrypted));
        Assert.Equal(WeComCryptoFailure.WrongReceiveId, failure.Failure);
    }

    [Fact]
    public void A_receive_id_that_is_only_a_prefix_of_ours_is_refused()
    {
        var encrypted = new WeComCipher(Key, Corp[..^1]).Encrypt("hello");

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(encrypted));
        Assert.Equal(WeComCryptoFailure.WrongReceiveId, failure.Failure);
    }

    [Fact]
    public void A_ciphertext_made_with_another_key_fails_on_its_padding_or_length()
    {
        var otherKey = Convert.ToBase64String(SHA256.HashData("other"u8))[..43];
        var encrypted = new WeComCipher(otherKey, Corp).Encrypt("hello", new byte[16]);

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(encrypted));
        Assert.Contains(failure.Failure, new[] { WeComCryptoFailure.BadPadding, WeComCryptoFailure.BadLength, WeComCryptoFailure.WrongReceiveId });
    }

    [Theory]
    [InlineData(0)]   // a zero pad byte
    [InlineData(33)]  // more than WeCom's 32
    public void A_plaintext_with_an_impossible_pad_byte_is_refused(byte padByte)
    {
        var encrypted = EncryptRaw(WithLastByte(ValidPlain("hello"), padByte));

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(encrypted));
        Assert.Equal(WeComCryptoFailure.BadPadding, failure.Failure);
    }

    [Fact]
    public void A_plaintext_whose_pad_bytes_disagree_is_refused()
    {
        var plain = ValidPlain("hello");
        var pad = plain[^1];
        plain[^pad] ^= 0x01;

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(EncryptRaw(plain)));
        Assert.Equal(WeComCryptoFailure.BadPadding, failure.Failure);
    }

    [Fact]
    public void A_length_field_past_the_end_is_refused()
    {
        var body = Encoding.UTF8.GetBytes("hello");
        var unpadded = new byte[16 + 4 + body.Length + Corp.Length];
        unpadded[16] = 0x7f; // length ~2 GB, big-endian
        body.CopyTo(unpadded, 20);
        Encoding.UTF8.GetBytes(Corp).CopyTo(unpadded, 20 + body.Length);

        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(EncryptRaw(WeComPadding.Pad(unpadded))));
        Assert.Equal(WeComCryptoFailure.BadLength, failure.Failure);
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("AAAA")] // 3 bytes: not a whole AES block
    public void A_payload_that_is_not_whole_aes_blocks_of_base64_is_refused(string encrypted)
    {
        var failure = Assert.Throws<WeComCryptoException>(() => new WeComCipher(Key, Corp).Decrypt(encrypted));
        Assert.Equal(WeComCryptoFailure.MalformedCiphertext, failure.Failure);
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused_when_the_cipher_is_made()
    {
        Assert.Throws<ArgumentException>(() => new WeComCipher(Key[..42], Corp));
    }

    private static byte[] ValidPlain(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var plain = new byte[16 + 4 + body.Length + Corp.Length];
        plain[19] = (byte)body.Length;
        body.CopyTo(plain, 20);
        Encoding.UTF8.GetBytes(Corp).CopyTo(plain, 20 + body.Length);
        return WeComPadding.Pad(plain);
    }

    private static byte[] WithLastByte(byte[] data, byte value)
    {
        data[^1] = value;
        return data;
    }

    /// <summary>Encrypts already padded bytes, to forge plaintexts the cipher itself would never make.</summary>
    private static string EncryptRaw(byte[] padded)
    {
        var key = WeComAesKey.Decode(Key);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(padded, key.AsSpan(0, 16), PaddingMode.None));
    }
}
