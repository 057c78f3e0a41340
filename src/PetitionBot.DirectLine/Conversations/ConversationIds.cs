using System.Globalization;
using System.Security.Cryptography;

namespace PetitionBot.DirectLine.Conversations;

/// <summary>Ids the channel hands out: unguessable conversation ids, and activity ids "{conversation}|{position:D7}".</summary>
public static class ConversationIds
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    /// <summary>
    /// The conversation a bot-started delivery opens for a user on a day: the same on every instance that shares the
    /// signing key (so concurrent deliveries meet in one conversation), and unguessable without that key.
    /// </summary>
    public static string Mailbox(byte[] key, string userId, DateOnly day)
    {
        var hash = HMACSHA256.HashData(key, System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"mailbox\n{userId}\n{day:yyyy-MM-dd}")));
        var id = new char[22];
        for (var i = 0; i < id.Length; i++)
            id[i] = Alphabet[hash[i] % Alphabet.Length];
        return new string(id);
    }

    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(Alphabet, 16);

    public static string ActivityId(string conversationId, long position) =>
        conversationId + "|" + position.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Conversation ids we accept in paths: ours, or any short id of letters, digits, '-' and '_'.</summary>
    public static bool IsWellFormed(string? conversationId) =>
        conversationId is { Length: > 0 and <= 128 } && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
