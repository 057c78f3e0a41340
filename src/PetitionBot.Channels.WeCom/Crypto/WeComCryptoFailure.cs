namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>Why a callback could not be authenticated or opened; names only, never the payload.</summary>
public enum WeComCryptoFailure
{
    /// <summary>msg_signature does not match token, timestamp, nonce and the payload.</summary>
    BadSignature,
    /// <summary>The payload is not Base64 or not a whole number of AES blocks.</summary>
    MalformedCiphertext,
    /// <summary>The PKCS#7 padding (to 32 bytes) is wrong: usually a different EncodingAESKey.</summary>
    BadPadding,
    /// <summary>The length field points outside the plaintext.</summary>
    BadLength,
    /// <summary>The plaintext ends with another receive id (corp id) than ours.</summary>
    WrongReceiveId,
    /// <summary>The message is not valid UTF-8.</summary>
    NotUtf8,
}
