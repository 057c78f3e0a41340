using System.Globalization;
using System.Security.Cryptography;

namespace PetitionBot.DirectLine.Conversations;

/// <summary>Ids the channel hands out: unguessable conversation ids, and activity ids "{conversation}|{position:D7}".</summary>
public static class ConversationIds
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string NewConversationId() => RandomNumberGenerator.GetString(Alphabet, 22);

    public static string NewUserId() => "dl_" + RandomNumberGenerator.GetString(Alphabet, 16);

    public static string ActivityId(string conversationId, long position) =>
        conversationId + "|" + position.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Conversation ids we accept in paths: ours, or any short id of letters, digits, '-' and '_'.</summary>
    public static bool IsWellFormed(string? conversationId) =>
        conversationId is { Length: > 0 and <= 128 } && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
