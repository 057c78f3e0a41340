namespace PetitionBot.Cases.Demo;

/// <summary>A demo person the seeded cases are registered, handled or approved by.</summary>
/// <param name="Role">officer (办理人员), supervisor (督办人员) or staff (工作人员).</param>
public sealed record DemoOfficer(string Id, string Name, string Unit, string Role = "officer");
