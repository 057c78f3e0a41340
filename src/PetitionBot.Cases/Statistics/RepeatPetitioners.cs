namespace PetitionBot.Cases.Statistics;

/// <summary>How many people came more than once in a period, and the most frequent of them.</summary>
public sealed record RepeatPetitioners(int People, IReadOnlyList<RepeatPetitioner> Top);
