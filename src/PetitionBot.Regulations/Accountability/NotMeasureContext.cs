namespace PetitionBot.Regulations.Accountability;

/// <summary>A wording in which a measure's name does not name a measure (通报表扬, 通报督查情况, 负主要领导责任).</summary>
public sealed record NotMeasureContext
{
    /// <summary>Regular expression over the clause text with whitespace removed.</summary>
    public required string Pattern { get; init; }

    public string? Why { get; init; }
}
