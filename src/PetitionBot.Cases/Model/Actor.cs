namespace PetitionBot.Cases.Model;

/// <summary>Who did something: an officer's stable id, display name and unit.</summary>
public sealed record Actor(string Id, string Name, string? Unit = null);
