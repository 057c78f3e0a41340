namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// One of the texts' own terms (简单粗暴, 瞒报, 负面舆情 …) and the ways an officer tells it without legal vocabulary
/// ("把群众的材料撕了", "捂着不报", "上了热搜"). The term must occur in the texts.
/// </summary>
public sealed record EverydayTerm
{
    public required string Term { get; init; }

    /// <summary>Why these phrases mean the term (for the reviewer).</summary>
    public string? Why { get; init; }

    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>The phrases count only when one of these words is present too (rough words aimed at a petitioner, not a colleague).</summary>
    public IReadOnlyList<string> RequiresAny { get; init; } = [];
}
