namespace PetitionBot.Regulations.Accountability;

/// <summary>The enumerated situation a description matches, or the closest ones when it matches none.</summary>
public sealed record SituationMatch(SituationRule? Situation, bool Described, IReadOnlyList<SituationRule> Closest)
{
    /// <summary>Something was described, but none of the items fits.</summary>
    public bool Unmatched => Situation is null && Described;

    /// <summary>When the catch-all item was chosen: the item of another text that lists what was described.</summary>
    public SituationRule? ListedIn { get; init; }

    /// <summary>The catch-all item was taken because a graded misconduct matched no listed item.</summary>
    public bool Unlisted { get; init; }
}
