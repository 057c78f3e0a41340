namespace PetitionBot.Language.Identity;

/// <summary>The verdict on a resident ID number: normalized form (upper-case X), or the Chinese reason it is wrong.</summary>
public sealed record ResidentIdCheck(string Normalized, ResidentIdProblem Problem, string? Reason, DateOnly? BirthDate = null, bool? IsMale = null)
{
    public bool IsValid => Reason is null;
}
