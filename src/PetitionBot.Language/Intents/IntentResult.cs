namespace PetitionBot.Language.Intents;

/// <summary>The routing decision: top intent, runner-up, all candidates (best first) and entities.</summary>
public sealed record IntentResult(Intent Intent, double Score, IntentScore RunnerUp, IReadOnlyList<IntentScore> Candidates, IReadOnlyList<IntentEntity> Entities)
{
    /// <summary>The top two jobs are too close to choose between: ask which one is meant.</summary>
    public bool Ambiguous { get; init; }

    public CaseActionKind? Action { get; init; }

    public CaseQueryKind? Query { get; init; }

    public ReminderActionKind? Reminder { get; init; }

    public PetitionChannel? Channel { get; init; }

    public string? CaseNumber => Entities.FirstOrDefault(e => e.Kind == EntityKind.CaseNumber)?.Value;

    public double ScoreOf(Intent intent) => Candidates.FirstOrDefault(c => c.Intent == intent).Score;
}
