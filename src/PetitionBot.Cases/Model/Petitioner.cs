namespace PetitionBot.Cases.Model;

/// <summary>信访人. Personal data: callers mask it for display and never log it in clear.</summary>
public sealed record Petitioner(string Name, string? Phone = null, string? IdNumber = null, string? Address = null);
