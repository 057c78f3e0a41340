namespace PetitionBot.Regulations.Search;

/// <summary>Ranking knobs; the defaults are calibrated on the dev question set (see the eval tests).</summary>
public sealed record ClauseSearchOptions
{
    /// <summary>Weight of a single-character match relative to a character pair.</summary>
    public double UnigramWeight { get; init; } = 0.25;

    /// <summary>Weight of the word index's score beside the character index's.</summary>
    public double WordWeight { get; init; } = 1.0;

    /// <summary>Score multiplier for a clause of the kind of provision the question asks for.</summary>
    public double KindBoost { get; init; } = 2.0;

    /// <summary>Weight of the asked-for kind as a term of the word index (beside the question's words at 1).</summary>
    public double KindTermWeight { get; init; } = 2.0;

    /// <summary>Score multiplier for another document's clause of a kind that speaks only about its own document
    /// (its effective date, its interpretation) when the question names a document: none, that document alone can say.</summary>
    public double OtherDocumentsOwnKind { get; init; } = 0.0;

    /// <summary>When the best clause answers, others scoring at least this share of it may be cited beside it.</summary>
    public double RelevantShare { get; init; } = 0.5;

    /// <summary>Share of the question (IDF-weighted pairs) the best clause must leave unmatched before a second aspect is sought.</summary>
    public double SecondAspectShare { get; init; } = 0.2;

    /// <summary>Share of that unmatched rest a second-aspect clause must contain.</summary>
    public double SecondAspectCoverage { get; init; } = 0.3;

    /// <summary>Score multiplier for clauses whose paragraphs open with the question's subject.</summary>
    public double SubjectBoost { get; init; } = 1.5;

    /// <summary>Score multiplier for the jurisdiction the question is about.</summary>
    public double LocalBoost { get; init; } = 1.5;

    /// <summary>Score multiplier for national rules when a local jurisdiction is asked about.</summary>
    public double NationalBesideLocal { get; init; } = 1.0;

    /// <summary>Score multiplier for other jurisdictions' documents when one jurisdiction is asked about.</summary>
    public double OtherJurisdiction { get; init; } = 0.4;

    /// <summary>Further multiplier for another province's documents when the question itself names one province.</summary>
    public double OtherNamedJurisdiction { get; init; } = 0.0;

    /// <summary>Score multiplier for national rules when neither the question nor the caller names a jurisdiction:
    /// the national document is the default reading, but a local clause that fits clearly better still wins.</summary>
    public double NationalByDefault { get; init; } = 1.3;

    /// <summary>Weight of a question's character pair that contains a function character (在信, 作中): such pairs
    /// mostly straddle two words and match by accident.</summary>
    public double FunctionPairWeight { get; init; } = 0.3;
}
