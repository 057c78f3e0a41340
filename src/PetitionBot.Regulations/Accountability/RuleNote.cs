namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// A rule that is not a rung: combining measures, crimes, the responsibility split, who proposes and decides,
/// rights and deadlines after a decision, how documents relate.
/// </summary>
public sealed record RuleNote : IClauseRule
{
    /// <summary>combine, crime, split-collective, split-objection, split-individual, split-personal-decision, proposer,
    /// decider, procedure, hearing, decision-document, announce, appeal, consequence, lifelong, publicity, relation, precedence.</summary>
    public required string Kind { get; init; }

    /// <summary>Measure group the note belongs to (procedure and consequence notes); null for all.</summary>
    public string? Group { get; init; }

    /// <summary>The line shown to the user (Chinese, paraphrasing the clause).</summary>
    public required string Text { get; init; }

    public required string Clause { get; init; }
    public required string KeyPhrase { get; init; }
}
