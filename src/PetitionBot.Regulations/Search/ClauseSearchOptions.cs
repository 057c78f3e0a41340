namespace PetitionBot.Regulations.Search;

/// <summary>Ranking knobs; the defaults are calibrated on the dev question set (see the eval tests).</summary>
public sealed record ClauseSearchOptions
{
    /// <summary>Weight of a single-character match relative to a character pair.</summary>
    public double UnigramWeight { get; init; } = 0.25;

    /// <summary>Minimum IDF-weighted share of the question's character pairs a clause must contain to be used.</summary>
    public double MinCoverage { get; init; } = 0.48;

    /// <summary>A clause must also contain this many of the question's character pairs (fewer if the question is shorter).</summary>
    public int MinMatchedPairs { get; init; } = 3;

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

    /// <summary>Score multiplier for national rules when neither the question nor the caller names a jurisdiction:
    /// the national document is the default reading, but a local clause that fits clearly better still wins.</summary>
    public double NationalByDefault { get; init; } = 1.3;

    /// <summary>Weight of a question's character pair that contains a function character (在信, 作中): such pairs
    /// mostly straddle two words and match by accident.</summary>
    public double FunctionPairWeight { get; init; } = 0.3;
}
