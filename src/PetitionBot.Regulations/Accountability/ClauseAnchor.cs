namespace PetitionBot.Regulations.Accountability;

/// <summary>A clause and the phrase in it that a rule points at, with nothing else attached.</summary>
public sealed record ClauseAnchor : IClauseRule
{
    public required string Clause { get; init; }
    public required string KeyPhrase { get; init; }
}
