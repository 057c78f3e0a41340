namespace PetitionBot.Regulations.Accountability;

/// <summary>One document's accountability rules: its situations, its measure ladder and its notes.</summary>
public sealed record DocumentRules
{
    public required string Document { get; init; }

    /// <summary>ladder (by severity and prior measures), unit-person (separate measures for units and persons), fixed (one measure).</summary>
    public required string Grading { get; init; }

    /// <summary>Document whose rules apply when none of this document's situations match (narrow local documents).</summary>
    public string? Fallback { get; init; }

    /// <summary>What the document is limited to, e.g. 初次信访事项; null when general.</summary>
    public string? Scope { get; init; }

    /// <summary>Words of which at least one must be present for this document's situations to match (its scope).</summary>
    public IReadOnlyList<string> RequiresCue { get; init; } = [];

    public required ClauseAnchor SituationArticle { get; init; }
    public required IReadOnlyList<SituationRule> Situations { get; init; }
    public required IReadOnlyList<MeasureStep> Steps { get; init; }
    public IReadOnlyList<RuleNote> Notes { get; init; } = [];

    public IEnumerable<RuleNote> NotesOf(string kind, string? group = null) =>
        Notes.Where(n => n.Kind == kind && (group is null || n.Group is null || n.Group == group));

    /// <summary>Whether units and persons get different measures here, so the advisor must know which.</summary>
    public bool DistinguishesSubject => Steps.Any(s => s.Subject == "unit") && Steps.Any(s => s.Subject == "person");
}
