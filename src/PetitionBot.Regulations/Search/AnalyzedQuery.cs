namespace PetitionBot.Regulations.Search;

/// <summary>A question taken apart: what it asks about, where, and whether it names a clause outright.</summary>
public sealed record AnalyzedQuery
{
    public required string Original { get; init; }

    /// <summary>What is left to search for: names, question words removed, synonyms folded.</summary>
    public required string Terms { get; init; }

    /// <summary>Everyday sayings read as the texts' terms, as they stand (folded) in <see cref="Terms"/>: the saying
    /// and its terms are alternatives, so a clause that holds either covers that part of the question.</summary>
    public IReadOnlyList<SayingReading> Sayings { get; init; } = [];

    /// <summary>Short jurisdiction (上海, 中央 …) from the question or the caller; null when neither says.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>A document the question names by title or short name.</summary>
    public string? DocumentId { get; init; }

    /// <summary>Whether the question itself names a document or jurisdiction (not only the caller's profile).</summary>
    public bool NamesDocument { get; init; }

    /// <summary>Kinds of provision the question asks for (effective, interpretation, scope …).</summary>
    public IReadOnlySet<string> Kinds { get; init; } = new HashSet<string>();

    /// <summary>A clause named by number; only set when that is essentially all the question asks.</summary>
    public ClauseReference? DirectReference { get; init; }
}
