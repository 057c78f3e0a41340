namespace PetitionBot.Regulations.Accountability;

/// <summary>One rung of a document's measure ladder: when it applies and what it imposes.</summary>
public sealed record MeasureStep : IClauseRule
{
    public required string Id { get; init; }

    /// <summary>Higher is heavier; the heaviest applicable step is recommended.</summary>
    public required int Level { get; init; }

    /// <summary>"unit", "person" or "any".</summary>
    public string Subject { get; init; } = "any";

    /// <summary>Severities that select this step ("minor", "moderate", "serious", "very-serious"); "any" when severity does not matter.</summary>
    public IReadOnlyList<string> Severities { get; init; } = [];

    /// <summary>A prior measure which, not rectified in time, leads to this step ("notified", "admonished").</summary>
    public string? EscalatesFrom { get; init; }

    /// <summary>The prior measure this step counts as afterwards.</summary>
    public string? Produces { get; init; }

    /// <summary>
    /// Situation ids this step is for (a point with its own consequence, such as 江苏 第9点); empty for the document's
    /// general ladder, which then applies to every situation no step claims.
    /// </summary>
    public IReadOnlyList<string> Situations { get; init; } = [];

    /// <summary>A fact that adds this step on top of the ladder ("violation").</summary>
    public string? Additive { get; init; }

    /// <summary>The measures' own names, as the text writes them.</summary>
    public required IReadOnlyList<string> Measures { get; init; }

    /// <summary>What the 结论 line says.</summary>
    public required string Conclusion { get; init; }

    /// <summary>Why this step, for the 程度 line.</summary>
    public required string Basis { get; init; }

    /// <summary>Who decides, when the step's own clause says it.</summary>
    public string? Decider { get; init; }

    /// <summary>Measure group for procedure notes: notify, admonish, organize, discipline, unit, person.</summary>
    public required string Group { get; init; }

    public required string Clause { get; init; }
    public required string KeyPhrase { get; init; }

    public bool AppliesTo(Subject subject) =>
        Subject == "any" || (Subject == "unit" && subject is Accountability.Subject.Unit) || (Subject == "person" && subject is Accountability.Subject.Person);

    public bool IgnoresSeverity => Severities.Contains("any");
}
