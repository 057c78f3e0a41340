namespace PetitionBot.Regulations.Search;

/// <summary>What a search found, and for which reading of the question.</summary>
public sealed record SearchResult(AnalyzedQuery Query, IReadOnlyList<ClauseHit> Hits)
{
    /// <summary>Hits that pass the relevance threshold, best first.</summary>
    public IReadOnlyList<ClauseHit> Relevant => Hits.Where(h => h.IsRelevant).ToList();

    public bool HasGrounding => Hits.Any(h => h.IsRelevant);

    /// <summary>Calibrated probability that the best clause answers the question.</summary>
    public double Confidence { get; init; }

    /// <summary>What that probability was computed from; null for direct references and empty searches.</summary>
    public AnswerabilityFeatures? Features { get; init; }
}
