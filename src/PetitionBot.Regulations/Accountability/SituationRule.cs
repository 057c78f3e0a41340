namespace PetitionBot.Regulations.Accountability;

/// <summary>One enumerated situation that triggers accountability (e.g. 第十一条第（四）项).</summary>
public sealed record SituationRule : IClauseRule
{
    /// <summary>Unique within the rules; the clause id, or clause id plus a suffix when one clause lists several situations.</summary>
    public required string Id { get; init; }
    public required string Clause { get; init; }
    public required string KeyPhrase { get; init; }

    /// <summary>Short Chinese name, used for buttons and the 情形 line.</summary>
    public required string Label { get; init; }

    /// <summary>Words a user describing this situation is likely to use.</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>
    /// The misconduct itself (瞒报, 打击报复), as against what it concerned: when told, it outweighs the other items' cues
    /// ("瞒报一起集体访" is concealment, not mishandling a group visit).
    /// </summary>
    public IReadOnlyList<string> KeyCues { get; init; } = [];

    /// <summary>The "其他…情形" item: offered when nothing else matches, never matched by guessing.</summary>
    public bool CatchAll { get; init; }
}
