namespace PetitionBot.Cases.Demo;

/// <summary>A demo sign-in the seeded cases are handled by.</summary>
public sealed record DemoOfficer(string Id, string Name, string Unit);
