namespace PetitionBot.Cases.Store;

/// <summary>Phones are stored as bare digits (no +86, spaces or dashes) so any written form finds them.</summary>
internal static class PhoneDigits
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
            digits = digits[2..];
        return digits.Length == 0 ? null : digits;
    }
}
