namespace PetitionBot.Language.Identity;

/// <summary>A phone number without prefixes or separators; landlines keep their area code apart.</summary>
public sealed record PhoneNumber(PhoneKind Kind, string Digits, string? AreaCode = null)
{
    /// <summary>13812345678, or 021-12345678 for a landline.</summary>
    public string Display => AreaCode is null ? Digits : $"{AreaCode}-{Digits[AreaCode.Length..]}";
}
