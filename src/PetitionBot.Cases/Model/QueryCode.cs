using System.Security.Cryptography;

namespace PetitionBot.Cases.Model;

/// <summary>
/// 查询码: six characters a petitioner can read out over the phone, so the alphabet leaves out
/// look-alikes (0/O, 1/I/L).
/// </summary>
public static class QueryCode
{
    public const int Length = 6;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and checks what a user typed; null when it cannot be a query code.</summary>
    public static string? Normalize(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c)) ? code : null;
    }
}
