using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Llm;

/// <summary>
/// Checks a model-written answer against the clauses it was given, sentence by sentence: every sentence carries a
/// marker, every marker names a given clause, and what the sentence says — quotations, article references,
/// document names, numbers, negations, and its content words — is found in the clauses its own markers cite.
/// </summary>
public sealed class AnswerGuard
{
    public const string MarkerRule = "marker";
    public const string UncitedRule = "uncited";
    public const string EmptyRule = "empty";
    public const string DeclinedRule = "declined";

    /// <summary>What the prompt tells the model to say when the clauses do not answer.</summary>
    public const string DeclineWording = "所给条文中没有相关规定";

    private readonly RegulationCorpus _corpus;
    private readonly IReadOnlyList<IGuardRule> _rules;

    public AnswerGuard(RegulationCorpus corpus, GuardVocabulary? vocabulary = null, double minimumCoverage = SupportRule.MinimumCoverage)
    {
        vocabulary ??= GuardVocabulary.Default;
        _corpus = corpus;
        // Exact claims first (their reasons say most), the overall reading last.
        _rules =
        [
            new QuotationRule(),
            new ArticleReferenceRule(),
            new DocumentNameRule(corpus, vocabulary),
            new NumberRule(vocabulary),
            new NegationRule(vocabulary),
            new SupportRule(vocabulary, minimumCoverage),
        ];
    }

    public GuardVerdict Check(string answer, IReadOnlyList<Citation> citations)
    {
        var sentences = AnswerSentences.Split(answer);
        if (sentences.Count == 0) return GuardVerdict.Reject(EmptyRule, "");
        if (answer.Contains(DeclineWording, StringComparison.Ordinal)) return GuardVerdict.Reject(DeclinedRule, "");

        var unknown = sentences.SelectMany(s => s.Cites).Cast<int?>().FirstOrDefault(p => citations.All(c => c.Position != p));
        if (unknown is not null) return GuardVerdict.Reject(MarkerRule, $"[{unknown}]");

        foreach (var sentence in sentences)
        {
            if (sentence.Cites.Count == 0) return GuardVerdict.Reject(UncitedRule, Clip(sentence.Text));
            var source = CitedSource.Of(citations.Where(c => sentence.Cites.Contains(c.Position)), _corpus);
            foreach (var rule in _rules)
                if (rule.Violation(sentence, source) is { } violation)
                    return GuardVerdict.Reject(rule.Name, violation);
        }
        return GuardVerdict.Accept;
    }

    private static string Clip(string s) => s.Length <= 30 ? s : s[..29] + "…";
}
