using System.Net;
using System.Security.Cryptography;
using System.Text;
using PetitionBot.Chat.Users;
using PetitionBot.Channels.Callers;

namespace PetitionBot.Channels.WebChat.SignIn;

/// <summary>
/// Who is signing in, as the limits count them: the account (the configured user the typed name finds, else the typed
/// name itself, so guessing names locks as guessing passwords does) and the client address. Store keys are hashes,
/// and what the audit log may name is kept apart: an account id, never a typed name (it may be a person's).
/// </summary>
public sealed record SignInCaller(string AccountKey, string AccountForLog, string AddressKey, string AddressForLog)
{
    public static SignInCaller Of(ChatUser? user, string typedName, IPAddress? address)
    {
        var account = user is not null ? "user:" + user.Id.Trim().ToLowerInvariant() : "typed:" + typedName.Trim().ToLowerInvariant();
        var accountKey = "account:" + Digest(account);
        var accountForLog = user is not null ? user.Id : "unknown-account#" + Digest(account)[..8];
        var client = address is null ? null : AddressRanges.Normalize(address);
        var clientText = client?.ToString() ?? "unknown";
        return new SignInCaller(accountKey, accountForLog, "address:" + Digest(clientText), ClientAddressForLog.Of(client));
    }

    private static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
