using System.Security.Cryptography;
using System.Text;

namespace PetitionBot.DirectLine.Tokens;

/// <summary>The HMAC key tokens are signed with: configured, or random for this process only.</summary>
public sealed class TokenSigningKey
{
    private const int MinimumLength = 32;

    private TokenSigningKey(byte[] bytes, bool isEphemeral)
    {
        Bytes = bytes;
        IsEphemeral = isEphemeral;
    }

    public byte[] Bytes { get; }

    /// <summary>True when generated at start: tokens do not survive a restart nor work on another instance.</summary>
    public bool IsEphemeral { get; }

    public static TokenSigningKey From(string? configured)
    {
        if (string.IsNullOrEmpty(configured))
            return new TokenSigningKey(RandomNumberGenerator.GetBytes(32), isEphemeral: true);
        if (configured.Length < MinimumLength)
            throw new InvalidOperationException($"DirectLine:TokenSigningKey must be at least {MinimumLength} characters long.");
        return new TokenSigningKey(Encoding.UTF8.GetBytes(configured), isEphemeral: false);
    }
}
