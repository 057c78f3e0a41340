namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// What the ladder gives for the facts: the recommended steps (one per subject, plus additions such as 纪律处分), the
/// step that follows if the case is still not rectified, or the question that must be answered first.
/// </summary>
public sealed record MeasureSelection
{
    /// <summary>Recommended steps, per subject (Unknown when the document does not distinguish).</summary>
    public IReadOnlyList<(Subject Subject, MeasureStep Step)> Steps { get; init; } = [];

    /// <summary>Steps added on top (violation → 纪律处分).</summary>
    public IReadOnlyList<MeasureStep> Additions { get; init; } = [];

    /// <summary>The next rung if the recommended one is not rectified in time.</summary>
    public MeasureStep? Next { get; init; }

    /// <summary>The prior measure was followed by rectification in time: the texts escalate only when it was not.</summary>
    public MeasureStep? RectifiedAfter { get; init; }

    /// <summary>Set when a fact is missing that decides the measure.</summary>
    public QuestionKind? Missing { get; init; }

    /// <summary>The severity given has no rung in this document (e.g. 情节较重 under the national ladder).</summary>
    public bool SeverityHasNoRung { get; init; }

    /// <summary>Severities this document grades by, lightest first (for the severity question).</summary>
    public IReadOnlyList<string> SeverityChoices { get; init; } = [];
}
