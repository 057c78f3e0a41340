using PetitionBot.Regulations.Answers;
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
    private readonly EverydayWording _everyday;
    private readonly AnswerComposer _answers;
    private readonly QuestionComposer _questions;
    private readonly ProcedureAnswerComposer _procedures;

    public AccountabilityAdvisor(RegulationCorpus corpus, AccountabilityRules rules)
    {
        Corpus = corpus;
        Rules = rules;
        _facts = new FactExtractor(rules.Vocabulary);
        _jurisdictions = new JurisdictionReader(corpus, rules);
        _situations = new SituationMatcher(rules.Vocabulary, rules.Documents);
        _everyday = new EverydayWording(rules.Vocabulary);
        _answers = new AnswerComposer(corpus, rules);
        _questions = new QuestionComposer(corpus, rules, _jurisdictions);
        _procedures = new ProcedureAnswerComposer(corpus, rules);
    }

    public static async Task<AccountabilityAdvisor> LoadAsync(RegulationCorpus corpus, string regulationsFolder, CancellationToken cancellationToken) =>
        new(corpus, await AccountabilityRules.LoadAsync(regulationsFolder, cancellationToken).ConfigureAwait(false));

    public RegulationCorpus Corpus { get; }

    public AccountabilityRules Rules { get; }

    /// <summary>
    /// Whether a message asks which measure or responsibility applies to a described case, as opposed to what a clause
    /// says ("要追责吗") or how the procedure goes (申诉期限, 由谁决定, 还来得及吗): those the regulation answer handles.
    /// </summary>
    public bool IsAccountabilityRequest(string text) => WhyNotApplicable(text) is null;

    /// <summary>Null when the advisor applies; otherwise "procedural", "rule-question" or "not-a-case".</summary>
    public string? WhyNotApplicable(string text)
    {
        text = Rules.Vocabulary.CorrectTypos(text);
        var facts = _facts.Read(text);
        var named = _jurisdictions.Read(text).Document;
        // "调走了，还能追责吗" about a told case is answered by a lifelong rule where the document has one; elsewhere it
        // stays a procedural question for the regulation answer.
        if (facts.AsksProcedure && !StillPursuedByRule(named, facts)) return "procedural";
        // A question about what a rule says (第十一条所列情形…, 写明哪些内容) without a unit or person is a
        // regulation question, not a case for the advisor.
        if (AsksAboutTheRuleItself(text, facts.Subject)) return "rule-question";
        var asks = _facts.IsMeasureQuestion(text) || facts.AsksResponsibility || facts.AsksCombine || _facts.AsksAboutANamedMeasure(text);
        var situation = _situations.MatchesAny(text);
        // "某局干部打击报复信访人，要被问责吗" is a case; "逾期没办结要追责吗", naming no one, asks what the rule says.
        asks = asks || (facts.Subject != Subject.Unknown && situation && new PhraseScanner(text).ContainsAny(Rules.Vocabulary.WhetherQuestions));
        var place = named is not null;
        // Everyday wording of a listed situation (撕了材料, 捂着不报) shows a case is being told, as the texts' words do.
        var signals = _facts.SignalsSituation(text) || _everyday.TermsIn(text).Count > 0;
        var subject = facts.Subject != Subject.Unknown;
        var split = facts.GroupDecision || facts.Objection || facts.PersonalDecision;
        bool applies;
        if (StillPursuedByRule(named, facts))
            applies = subject || situation || signals;
        else if (facts.AsksResponsibility && (split || subject || place))
            applies = true;
        else if (facts.AsksCombine)
            applies = place || subject || situation || signals;
        else if (facts.Crime || facts.Violation)
            // A graded case (危害严重…) is a case even when its question names the measure oddly.
            applies = (asks || facts.Severity != Severity.Unknown || facts.Prior != PriorMeasure.None) && (situation || place || subject || signals);
        else if (facts.Severity != Severity.Unknown || facts.Prior != PriorMeasure.None)
            applies = asks || situation || place || subject;
        else
            applies = asks && (situation || (signals && (place || subject)));
        return applies ? null : "not-a-case";
    }

    /// <summary>Time has passed, the user asks whether the case can still be pursued, and the document has a lifelong rule.</summary>
    private bool StillPursuedByRule(string? document, AccountabilityFacts facts) =>
        facts.TimePassed && facts.AsksStillPursued && document is not null && Rules.For(document) is { } rules && rules.NotesOf("lifelong").Any();

    private static readonly string[] RuleQuestionWords = ["所列情形", "写明", "哪些内容", "包括哪些"];

    private static readonly string[] AccountabilityVerbs = ["追责", "问责", "追究", "处分", "处理哪些", "给予", "责任"];

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
        text = Rules.Vocabulary.CorrectTypos(text);
        string? notUnderstood = null;
        AccountabilityFacts facts;
        if (previous?.Pending is { } pending && !IsFreshRequest(text))
        {
            var delta = Read(text, pending, previous);
            var answered = Answers(delta, pending);
            // "申诉期限是多久" while a question waits is a new, procedural question: leave it to the regulation answer.
            if (!answered && delta.AsksProcedure)
                return AdvisorReply.NotApplicable("procedural", previous) with { ProcedureAnswer = AnswerProcedure(text, previous.Document) };
            if (!answered && !HasNewFacts(delta)) notUnderstood = text;
            facts = previous.Merge(delta) with { Description = answered ? previous.Description : previous.Description + "\n" + text };
        }
        else
        {
            if (WhyNotApplicable(text) is { } reason)
                return AdvisorReply.NotApplicable(reason, Read(text, null, null)) with
                {
                    ProcedureAnswer = AsksAboutProcedure(reason) ? AnswerProcedure(text, null, preferredJurisdiction) : null,
                };
            facts = Read(text, null, null) with { Description = text };
            if (facts.Document is null && !string.IsNullOrWhiteSpace(preferredJurisdiction))
            {
                var preferred = _jurisdictions.Read(preferredJurisdiction, asAnswer: true);
                facts = facts with { Document = preferred.Document, UnloadedJurisdiction = preferred.Unloaded };
            }
            // No place named: the national rules apply everywhere (their 第十九条 prevails over earlier local rules),
            // so answer by them and say so, rather than spend a question on the place.
            if (facts.Document is null && _jurisdictions.NationalDocument is { } national)
                facts = facts with { Document = national, JurisdictionAssumed = true };
        }
        var reply = Decide(text, facts with { Pending = null }, notUnderstood);
        return reply with { Understood = notUnderstood is null };
    }

    /// <summary>
    /// A procedural question answered from the advisor's own rules (决定前听取申辩, 申诉期限, 由谁建议和决定 …) for the rules
    /// named in it, else those of <paramref name="known"/>, the user's preferred jurisdiction, or the national rules;
    /// null when they keep no rule of the kind asked, or the question is not about accountability at all (对处理意见不服，
    /// 怎么申请复查 asks about the petition, not a measure). The regulation answer comes first; this is its fallback.
    /// </summary>
    public GroundedAnswer? AnswerProcedure(string text, string? known = null, string? preferredJurisdiction = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Rules.Vocabulary.CorrectTypos(text);
        if (!new PhraseScanner(text).ContainsAny(Rules.Vocabulary.AccountabilityWords)) return null;
        var document = _jurisdictions.Read(text).Document ?? known;
        if (document is null && !string.IsNullOrWhiteSpace(preferredJurisdiction))
            document = _jurisdictions.Read(preferredJurisdiction, asAnswer: true).Document;
        document ??= _jurisdictions.NationalDocument;
        return document is not null && Rules.For(document) is { } rules ? _procedures.Compose(text, rules) : null;
    }

    /// <summary>A procedural question, or one that describes no case (追责决定前要不要听他解释); not what a clause says.</summary>
    private static bool AsksAboutProcedure(string reason) => reason is "procedural" or "not-a-case";

    private bool IsFreshRequest(string text) => IsAccountabilityRequest(text) && _situations.MatchesAny(text);

    private AccountabilityFacts Read(string text, QuestionKind? pending, AccountabilityFacts? previous)
    {
        var facts = _facts.Read(text, pending);
        // While a question waits, a bare "沪" or "湖南" names the rules to use.
        var place = _jurisdictions.Read(text, asAnswer: pending is not null);
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
        if (situation.Situation is null && document.Fallback is { } fallback && Rules.For(fallback) is { } general
            && !SaysItself(document, facts))
        {
            // A narrow local document (浙江: first-time petitions only) says nothing here; the national rules do.
            facts = facts with { Document = fallback, OtherDocument = document.Document };
            document = general;
            situation = Situation(document, facts);
        }

        // A suspected crime, a breach of discipline or a question of who bears which responsibility has its own
        // answer in the texts, whatever the severity; those are answered without asking for the rest.
        var settled = facts.Crime || facts.Violation || facts.AsksCombine || AnswersResponsibility(document, facts)
                      || StillPursuedByRule(document.Document, facts);
        if (situation.Unmatched && (facts.Severity != Severity.Unknown || facts.Prior != PriorMeasure.None)
            && document.Situations.FirstOrDefault(s => s.CatchAll) is { } catchAll)
        {
            // The officer grades a misconduct the lists do not name: the ladder still applies, through the
            // "其他…情形" item, and the answer says the item was not matched.
            situation = new SituationMatch(catchAll, true, []) { Unlisted = true };
        }
        if (situation.Unmatched && !settled)
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

        var selection = MeasureSelector.Select(document, facts, situation.Situation?.Id);
        if (selection.Missing is { } missing && !settled)
            return Question(missing, facts, document, situation.Situation, selection, notUnderstood);

        var measures = _answers.Measures(text, document, facts, situation, selection);
        return new AdvisorReply { Text = measures.Text, Answer = measures, Facts = facts };
    }

    /// <summary>Whether the message asks who bears which responsibility and the document says it for these facts.</summary>
    private static bool AnswersResponsibility(DocumentRules document, AccountabilityFacts facts) =>
        AnswerComposer.AsksWhoBearsWhat(facts) && ResponsibilityNotes.For(document, facts).Count > 0;

    /// <summary>A narrow document still speaks to a crime within its scope (浙江: 涉嫌犯罪的，移交司法机关).</summary>
    private static bool SaysItself(DocumentRules document, AccountabilityFacts facts) =>
        facts.Crime && document.NotesOf("crime").Any()
        && (document.RequiresCue.Count == 0 || new PhraseScanner(facts.Description).ContainsAny(document.RequiresCue));

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
