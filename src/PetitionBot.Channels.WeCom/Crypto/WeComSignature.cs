using System.Security.Cryptography;
using System.Text;

namespace PetitionBot.Channels.WeCom.Crypto;

/// <summary>
/// msg_signature: SHA1 over token, timestamp, nonce and the encrypted payload, sorted (ordinal) and joined, in
/// lowercase hex.
/// </summary>
public static class WeComSignature
{
    public static string Compute(string token, string timestamp, string nonce, string encrypted)
    {
        string[] parts = [token, timestamp, nonce, encrypted];
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>True when <paramref name="signature"/> is the one computed; compared in constant time.</summary>
    public static bool Matches(string? signature, string token, string timestamp, string nonce, string encrypted)
    {
        if (string.IsNullOrEmpty(signature))
            return false;
        var expected = Encoding.ASCII.GetBytes(Compute(token, timestamp, nonce, encrypted));
        var given = Encoding.UTF8.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
