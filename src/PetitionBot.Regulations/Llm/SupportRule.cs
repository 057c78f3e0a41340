namespace PetitionBot.Regulations.Llm;

/// <summary>
/// The sentence says what its cited clause says: at least <see cref="MinimumCoverage"/> of its content words are
/// found there (<see cref="ContentCoverage"/>) — in a sentence of fewer than seven content words, all of them.
/// Chosen on labelled faithful and unfaithful answers written from the texts (tests: Llm/guard-calibration.jsonl):
/// faithful ones cover at least 6 of 7 words, invented ones at most 4 of 5; the threshold sits in that gap.
/// </summary>
public sealed class SupportRule(GuardVocabulary vocabulary, double minimumCoverage = SupportRule.MinimumCoverage) : IGuardRule
{
    public const double MinimumCoverage = 0.83;

    public string Name => "support";

    public string? Violation(AnswerSentence sentence, CitedSource source)
    {
        var (share, unsupported) = ContentCoverage.Of(sentence.Text, source, vocabulary);
        return share >= minimumCoverage ? null : $"{share:0.00}: {string.Join("、", unsupported.Take(5))}";
    }
}
