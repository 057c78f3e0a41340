namespace PetitionBot.Regulations.Answers;

public sealed record GroundedAnswerOptions
{
    /// <summary>Longest sentence taken into the short answer, in characters (a phone screen's worth).</summary>
    public int MaxSentenceLength { get; init; } = 90;

    /// <summary>Longest quote of one clause.</summary>
    public int MaxQuoteLength { get; init; } = 200;

    /// <summary>At most this many clauses support the short answer.</summary>
    public int MaxAnswerClauses { get; init; } = 2;

    /// <summary>A second clause joins the short answer only if it scores at least this share of the first.</summary>
    public double SecondClauseShare { get; init; } = 0.5;

    /// <summary>Another document's clause joins the short answer when it scores at least this share of the first:
    /// the search cannot tell them apart, so the answer gives both.</summary>
    public double UnsureShare { get; init; } = 0.9;

    /// <summary>At most this many possibly related clauses.</summary>
    public int MaxRelated { get; init; } = 2;
}
