namespace PetitionBot.Language;

/// <summary>
/// One thing a recognizer found: its value (or a Chinese error message when the text
/// clearly meant such a value but it cannot be valid), its span, and how sure we are.
/// </summary>
public sealed record Recognition<T>(TextSpan Span, T? Value, string? Error = null, double Confidence = 1.0, bool IsAmbiguous = false)
{
    /// <summary>Other readings of an ambiguous match, most likely first (the chosen one is <see cref="Value"/>).</summary>
    public IReadOnlyList<T> Alternatives { get; init; } = [];

    public bool IsValid => Error is null;
}
