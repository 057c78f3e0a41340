using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// "Which measure applies": reads a description (one message or several), finds the document, the enumerated
/// situation, the severity, prior measures and the subject, asks for what is missing and matters one question at a
/// time, and answers from the rules with the clauses quoted.
/// </summary>
public sealed class AccountabilityAdvisor
{
    private readonly FactExtractor _facts;
    private readonly JurisdictionReader _jurisdictions;
    private readonly SituationMatcher _situations;
    private readonly AnswerComposer _answers;
    private readonly QuestionComposer _questions;

    public AccountabilityAdvisor(RegulationCorpus corpus, AccountabilityRules rules)
    {
        Corpus = corpus;
        Rules = rules;
        _facts = new FactExtractor(rules.Vocabulary);
        _jurisdictions = new JurisdictionReader(corpus, rules);
        _situations = new SituationMatcher(rules.Vocabulary);
        _answers = new AnswerComposer(corpus, rules);
        _questions = new QuestionComposer(corpus, rules, _jurisdictions);
    }

    public static async Task<AccountabilityAdvisor> LoadAsync(RegulationCorpus corpus, string regulationsFolder, CancellationToken cancellationToken) =>
        new(corpus, await AccountabilityRules.LoadAsync(regulationsFolder, cancellationToken).ConfigureAwait(false));

    public RegulationCorpus Corpus { get; }

    public AccountabilityRules Rules { get; }

    /// <summary>
    /// Whether a message asks which measure applies to a described case (or about appealing a decision), as opposed to
    /// what a clause says ("要追责吗" is a question about the rule, answered by clause search).
    /// </summary>
    public bool IsAccountabilityRequest(string text)
    {
        var facts = _facts.Read(text);
        // A question about what a rule says (第十一条所列情形…, 由谁…, 写明哪些内容) without a unit or person is a
        // regulation question, not a case for the advisor.
        if (AsksAboutTheRuleItself(text, facts.Subject))
            return false;
        var asks = _facts.IsMeasureQuestion(text);
        var situation = _situations.MatchesAny(Rules.Documents, text);
        var place = _jurisdictions.Read(text).Document is not null;
        var signals = _facts.SignalsSituation(text);
        if (facts.Severity != Severity.Unknown || facts.Prior != PriorMeasure.None)
            return asks || situation || place || facts.Subject != Subject.Unknown;
        if (asks)
            return situation || (signals && (place || facts.Subject != Subject.Unknown));
        return facts.AsksAppeal && new PhraseScanner(text).ContainsAny(Rules.Vocabulary.AccountabilityWords);
    }

    private static readonly string[] RuleQuestionWords = ["所列情形", "由谁", "谁来", "谁负责", "写明", "哪些内容", "包括哪些"];

    private static readonly string[] AccountabilityVerbs = ["追责", "问责", "追究", "处分", "处理哪些", "给予"];

    private static bool AsksAboutTheRuleItself(string text, Subject subject) =>
        RuleQuestionWords.Any(text.Contains)
        || (subject == Subject.Unknown && System.Text.RegularExpressions.Regex.IsMatch(text, "第[一二三四五六七八九十百零〇0-9]+条"))
        // "…的信访事项怎么处理" asks how matters are handled; an advisor case names who failed or asks about 追责.
        || (subject == Subject.Unknown && !AccountabilityVerbs.Any(text.Contains) && text.Contains("事项"));

    /// <param name="text">The user's message.</param>
    /// <param name="previous">Facts kept from the previous turn while a question was pending; null for a new request.</param>
    /// <param name="preferredJurisdiction">The user's preferred jurisdiction (e.g. 上海市), used when the message names none.</param>
    public AdvisorReply Advise(string text, AccountabilityFacts? previous = null, string? preferredJurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? notUnderstood = null;
        AccountabilityFacts facts;
        if (previous?.Pending is { } pending && !IsFreshRequest(text))
        {
            var delta = Read(text, pending, previous);
            var answered = Answers(delta, pending);
            if (!answered && !HasNewFacts(delta)) notUnderstood = text;
            facts = previous.Merge(delta) with { Description = answered ? previous.Description : previous.Description + "\n" + text };
        }
        else
        {
            facts = Read(text, null, null) with { Description = text };
            if (facts.Document is null && !string.IsNullOrWhiteSpace(preferredJurisdiction))
            {
                var preferred = _jurisdictions.Read(preferredJurisdiction, asAnswer: true);
                facts = facts with { Document = preferred.Document, UnloadedJurisdiction = preferred.Unloaded };
            }
        }
        var reply = Decide(text, facts with { Pending = null }, notUnderstood);
        return reply with { Understood = notUnderstood is null };
    }

    private bool IsFreshRequest(string text) => IsAccountabilityRequest(text) && _situations.MatchesAny(Rules.Documents, text);

    private AccountabilityFacts Read(string text, QuestionKind? pending, AccountabilityFacts? previous)
    {
        var facts = _facts.Read(text, pending);
        var place = _jurisdictions.Read(text, asAnswer: pending == QuestionKind.Jurisdiction);
        facts = facts with { Document = place.Document, OtherDocument = place.OtherDocument, UnloadedJurisdiction = place.Unloaded };
        if (pending == QuestionKind.Situation && previous is not null)
            facts = facts with { Situation = ChosenSituation(text, previous.Offered) };
        return facts;
    }

    /// <summary>A tapped label, or the item's number in the offered list.</summary>
    private string? ChosenSituation(string text, IReadOnlyList<string> offered)
    {
        var all = Rules.Documents.SelectMany(d => d.Situations).ToList();
        var compact = PhraseScanner.Fold(text);
        var byLabel = offered.Select(id => all.FirstOrDefault(s => s.Id == id))
            .FirstOrDefault(s => s is not null && PhraseScanner.Fold(s.Label) == compact);
        if (byLabel is not null) return byLabel.Id;
        return int.TryParse(compact, out var n) && n >= 1 && n <= offered.Count ? offered[n - 1] : null;
    }

    private static bool Answers(AccountabilityFacts delta, QuestionKind pending) => pending switch
    {
        QuestionKind.Jurisdiction => delta.Document is not null,
        QuestionKind.Situation => delta.Situation is not null,
        QuestionKind.Subject => delta.Subject != Subject.Unknown,
        QuestionKind.Rectification => delta.Rectified is not null,
        _ => delta.Severity != Severity.Unknown,
    };

    private static bool HasNewFacts(AccountabilityFacts d) =>
        d.Document is not null || d.Situation is not null || d.Subject != Subject.Unknown || d.Severity != Severity.Unknown
        || d.Prior != PriorMeasure.None || d.Rectified is not null || d.GroupDecision || d.Objection || d.PersonalDecision
        || d.Violation || d.Crime;

    private AdvisorReply Decide(string text, AccountabilityFacts facts, string? notUnderstood)
    {
        if (facts.Document is null || Rules.For(facts.Document) is not { } document)
            return Question(QuestionKind.Jurisdiction, facts, null, null, null, notUnderstood);

        var situation = Situation(document, facts);
        if (facts.AsksAppeal && facts.Severity == Severity.Unknown && facts.Prior == PriorMeasure.None && !situation.Described)
        {
            var appeal = _answers.Appeal(text, document, facts);
            return new AdvisorReply { Text = appeal.Text, Answer = appeal, Facts = facts };
        }
        if (situation.Situation is null && document.Fallback is { } fallback && Rules.For(fallback) is { } general)
        {
            // A narrow local document (浙江: first-time petitions only) says nothing here; the national rules do.
            facts = facts with { Document = fallback, OtherDocument = document.Document };
            document = general;
            situation = Situation(document, facts);
        }

        if (situation.Unmatched)
        {
            var answer = _answers.NoMatch(text, document, situation);
            var offered = situation.Closest.Select(s => s.Id).ToList();
            return new AdvisorReply
            {
                Text = answer.Text,
                Answer = answer,
                Choices = situation.Closest.Select(s => s.Label).ToList(),
                Facts = facts with { Pending = QuestionKind.Situation, Offered = offered },
            };
        }

        var selection = MeasureSelector.Select(document, facts);
        if (selection.Missing is { } missing)
            return Question(missing, facts, document, situation.Situation, selection, notUnderstood);

        var measures = _answers.Measures(text, document, facts, situation, selection);
        return new AdvisorReply { Text = measures.Text, Answer = measures, Facts = facts };
    }

    private SituationMatch Situation(DocumentRules document, AccountabilityFacts facts)
    {
        if (facts.Situation is { } chosen && document.Situations.FirstOrDefault(s => s.Id == chosen) is { } rule)
            return new SituationMatch(rule, true, []);
        var match = _situations.Match(document, facts.Description);
        // A choice from another document's list (after a fallback) still tells us something was described.
        return facts.Situation is not null && match.Situation is null ? match with { Described = false } : match;
    }

    private AdvisorReply Question(QuestionKind kind, AccountabilityFacts facts, DocumentRules? document, SituationRule? situation,
        MeasureSelection? selection, string? notUnderstood)
    {
        var (text, choices) = _questions.Ask(kind, facts, document, situation, selection, notUnderstood);
        return new AdvisorReply { Text = text, Choices = choices, Facts = facts with { Pending = kind } };
    }
}
