namespace PetitionBot.Cases.Model;

/// <summary>What an officer gives to register a case; the store assigns its number and query code.</summary>
public sealed record NewCase
{
    public required PetitionForm Form { get; init; }
    public required IReadOnlyList<Petitioner> Petitioners { get; init; }
    public required int PeopleCount { get; init; }
    public required string ProblemLocation { get; init; }
    public MatterNature? Nature { get; init; }
    public string? Category { get; init; }
    public required PetitionClaim Claim { get; init; }
    public required string RegisteringUnit { get; init; }

    /// <summary>Deadline jurisdiction; the policy's default when null.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>When the petition arrived, in the office's local offset (the date counts from it).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
