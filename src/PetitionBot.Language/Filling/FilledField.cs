namespace PetitionBot.Language.Filling;

/// <summary>
/// A field filled from the sentence. Value types: Text/PersonName/Choice/IdNumber → string, Number → decimal,
/// PeopleCount → int, Date/DateTime → ResolvedDateTime, YesNo → bool, Phone → PhoneNumber, FreeList → IReadOnlyList&lt;string&gt;.
/// With <see cref="Error"/> set, the text clearly tried to give this field but the value is wrong (e.g. a 10-digit mobile).
/// </summary>
public sealed record FilledField(string Name, FieldType Type, object? Value, TextSpan Span, string? Error = null, double Confidence = 1.0, bool IsAmbiguous = false)
{
    public bool IsValid => Error is null;
}
