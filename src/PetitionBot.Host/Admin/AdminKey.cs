using System.Security.Cryptography;
using System.Text;

namespace PetitionBot.Host.Admin;

/// <summary>Checks a request's <c>Authorization: Bearer …</c> against the configured key, in constant time.</summary>
public static class AdminKey
{
    public static bool Matches(HttpRequest request, string key)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        // Hashing first makes the comparison's time independent of where, and whether, the lengths differ.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
