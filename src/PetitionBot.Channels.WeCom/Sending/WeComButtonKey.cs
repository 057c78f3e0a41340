using System.Buffers.Text;
using System.Text;

namespace PetitionBot.Channels.WeCom.Sending;

/// <summary>
/// A template card button's key: the text the button would post in Web Chat (an imBack's value), Base64url-encoded so
/// any text survives WeCom's key rules, and read back from the template_card_event's EventKey.
/// </summary>
public static class WeComButtonKey
{
    private const string Prefix = "v1.";

    /// <summary>WeCom's limit on a button key.</summary>
    public const int MaxBytes = 1024;

    /// <summary>The key, or null when the text is too long to fit.</summary>
    public static string? Encode(string postedText)
    {
        var key = Prefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(postedText));
        return Encoding.ASCII.GetByteCount(key) <= MaxBytes ? key : null;
    }

    /// <summary>The posted text, or null when the key is not one of ours.</summary>
    public static string? Decode(string? key)
    {
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > MaxBytes)
            return null;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(key.AsSpan(Prefix.Length)));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}
