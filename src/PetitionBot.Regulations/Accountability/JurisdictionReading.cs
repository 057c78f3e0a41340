namespace PetitionBot.Regulations.Accountability;

/// <summary>The documents a description names: the one whose rules apply, another one named, or a place with no loaded rules.</summary>
public sealed record JurisdictionReading(string? Document, string? OtherDocument, string? Unloaded)
{
    public static readonly JurisdictionReading None = new(null, null, null);
}
