namespace PetitionBot.Cases.Statistics;

/// <summary>A person with several cases in a period, known by the same 身份证号 or, without one, the same phone.</summary>
public sealed record RepeatPetitioner(string Name, string? Phone, string? IdNumber, int Cases, DateOnly LastReceived);
