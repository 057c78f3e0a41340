using System.Security.Cryptography;
using PetitionBot.Language.Identity;

namespace PetitionBot.Cases.Model;

/// <summary>
/// 查询码: six characters a petitioner can read out over the phone, so the alphabet leaves out
/// look-alikes (0/O, 1/I/L), and always both digits and letters, so the chat can tell a code from a word or a number.
/// </summary>
public static class QueryCode
{
    public const int Length = QueryCodeRecognizer.Length;
    public const string Alphabet = QueryCodeRecognizer.Alphabet;

    /// <summary>A random code among those that mix digits and letters (about five in six draws are; the rest are drawn again).</summary>
    public static string New()
    {
        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, Length);
            if (QueryCodeRecognizer.IsDistinct(code)) return code;
        }
    }

    /// <summary>Upper-cases and checks what a user typed; null when it cannot be a query code.</summary>
    public static string? Normalize(string text)
    {
        var code = text.Trim().ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c)) ? code : null;
    }
}
