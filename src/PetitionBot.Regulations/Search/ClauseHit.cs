using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Search;

/// <summary>A ranked clause.</summary>
/// <param name="Score">BM25 score after jurisdiction weighting (direct references score highest).</param>
/// <param name="Coverage">Share (0–1, IDF-weighted) of the question's character pairs the clause contains.</param>
/// <param name="IsRelevant">Whether the hit passes the honesty threshold and may be used to answer.</param>
public sealed record ClauseHit(Clause Clause, double Score, double Coverage, bool IsRelevant)
{
    /// <summary>Ranked second because it matches what the best clause left out (e.g. the measure for a situation).</summary>
    public bool ComplementsTop { get; init; }
}
