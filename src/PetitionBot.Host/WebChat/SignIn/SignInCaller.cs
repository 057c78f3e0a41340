using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace PetitionBot.Host.WebChat.SignIn;

/// <summary>
/// Who is signing in, as the limits count them: the account (the configured user the typed name finds, else the typed
/// name itself, so guessing names locks as guessing passwords does) and the client address. Store keys are hashes,
/// and what the audit log may name is kept apart: an account id, never a typed name (it may be a person's).
/// </summary>
public sealed record SignInCaller(string AccountKey, string AccountForLog, string AddressKey, string AddressForLog)
{
    public static SignInCaller Of(WebChatUser? user, string typedName, IPAddress? address)
    {
        var account = user is not null ? "user:" + user.Id.Trim().ToLowerInvariant() : "typed:" + typedName.Trim().ToLowerInvariant();
        var accountKey = "account:" + Digest(account);
        var accountForLog = user is not null ? user.Id : "unknown-account#" + Digest(account)[..8];
        var client = address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
        var clientText = client?.ToString() ?? "unknown";
        return new SignInCaller(accountKey, accountForLog, "address:" + Digest(clientText), MaskedForLog(client));
    }

    /// <summary>An address is personal data: the log keeps its network (203.0.113.*, 2001:db8:1::*), enough to block, not to name.</summary>
    private static string MaskedForLog(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        var bytes = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.*"
            : $"{bytes[0] << 8 | bytes[1]:x}:{bytes[2] << 8 | bytes[3]:x}:{bytes[4] << 8 | bytes[5]:x}::*";
    }

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
