namespace PetitionBot.Cases.Deadlines;

/// <summary>A set of deadline rules (national, or a province's own); missing steps fall back to another set.</summary>
public sealed record Jurisdiction(string Id, string Name, string? FallsBackTo);
