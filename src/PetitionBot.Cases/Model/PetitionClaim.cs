namespace PetitionBot.Cases.Model;

/// <summary>诉求: the request, and the facts and reasons behind it (《信访工作条例》第十九条).</summary>
public sealed record PetitionClaim(string Request, string? Facts = null, string? Reasons = null);
