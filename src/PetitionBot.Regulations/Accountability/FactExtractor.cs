namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Reads the facts one message states: severity, prior measures and rectification, the subject, group decisions,
/// violations, crimes, and whether it asks for the measure or about an appeal. When the advisor is waiting on a
/// question, shorter answers to it ("严重", "个人", "没有") count too.
/// </summary>
public sealed class FactExtractor(AdvisorVocabulary vocabulary)
{
    private readonly FlagReader _flags = new(vocabulary);
    private readonly RectificationReader _rectification = new(vocabulary);
    private readonly PatternTable _severityPatterns = new(vocabulary.SeverityPatterns);
    private readonly PatternTable _targetPatterns = new(vocabulary.SubjectTargetPatterns);

    public AccountabilityFacts Read(string text, QuestionKind? pending = null)
    {
        var severity = ReadSeverity(text, pending == QuestionKind.Severity);
        var (prior, rectified) = ReadPrior(text, pending == QuestionKind.Rectification);
        bool Flag(string name) => _flags.Has(text, name);
        return new AccountabilityFacts
        {
            Severity = severity,
            Prior = prior,
            Rectified = rectified,
            Subject = ReadSubject(text, pending == QuestionKind.Subject),
            GroupDecision = Flag("group-decision"),
            Objection = Flag("objection"),
            PersonalDecision = Flag("personal-decision"),
            Violation = Flag("violation"),
            Crime = Flag("crime"),
            AsksAppeal = Flag("appeal"),
            AsksResponsibility = new PhraseScanner(text).ContainsAny(vocabulary.ResponsibilityQuestions),
            AsksProcedure = AsksProcedure(text),
            AsksCombine = AsksToCombine(text),
            AsksWhoDecides = Flag("who-decides"),
            TimePassed = Flag("time-passed"),
            AsksStillPursued = new PhraseScanner(text).ContainsAny(vocabulary.StillPursuedQuestions),
        };
    }

    /// <summary>Asks about procedure (申诉期限, 由谁决定, 还来得及吗) without asking which measure or responsibility applies.</summary>
    public bool AsksProcedure(string text)
    {
        var scanner = new PhraseScanner(text);
        return AsksWhatFollowsAccountability(scanner)
               || (scanner.ContainsAny(vocabulary.ProceduralQuestions)
                   && !IsMeasureQuestion(text)
                   && !scanner.ContainsAny(vocabulary.ResponsibilityQuestions));
    }

    /// <summary>"受到责任追究的干部，年度考核怎么办": what follows for one already held accountable.</summary>
    private bool AsksWhatFollowsAccountability(PhraseScanner scanner) =>
        scanner.ContainsAny(vocabulary.Phrases(vocabulary.AfterAccountability, "held"))
        && scanner.ContainsAny(vocabulary.Phrases(vocabulary.AfterAccountability, "asks"));

    /// <summary>
    /// The description without the phrases that state severity, a prior measure or rectification, so that
    /// "受到诫勉后仍未按期完成整改" is not also read as describing what went wrong.
    /// </summary>
    public string Residual(string text)
    {
        var compact = PhraseScanner.Fold(text);
        var priorTold = new PhraseScanner(text).Take(vocabulary.Prior).Count > 0;
        var phrases = vocabulary.Severity.Values.Concat(vocabulary.Prior.Values).SelectMany(p => p)
            .Concat(_rectification.Phrases(priorTold)).Select(PhraseScanner.Fold).Where(p => p.Length > 0).OrderByDescending(p => p.Length);
        foreach (var phrase in phrases)
            compact = compact.Replace(phrase, "x", StringComparison.Ordinal);
        return compact;
    }

    public bool IsMeasureQuestion(string text) =>
        new PhraseScanner(text).ContainsAny(vocabulary.MeasureQuestions)
        || _measurePatterns.Any(p => p.IsMatch(PetitionBot.Language.Text.TextNormalizer.Fold(text)));

    private readonly System.Text.RegularExpressions.Regex[] _bothPatterns =
        vocabulary.SubjectBothPatterns.Select(p => new System.Text.RegularExpressions.Regex(p, System.Text.RegularExpressions.RegexOptions.CultureInvariant)).ToArray();

    private readonly System.Text.RegularExpressions.Regex[] _measurePatterns =
        vocabulary.MeasureQuestionPatterns.Select(p => new System.Text.RegularExpressions.Regex(p, System.Text.RegularExpressions.RegexOptions.CultureInvariant)).ToArray();

    /// <summary>"可以同时给诫勉和纪律处分吗": whether measures may be combined.</summary>
    public bool AsksToCombine(string text)
    {
        var scanner = new PhraseScanner(text);
        return scanner.ContainsAny(vocabulary.CombineQuestions) && vocabulary.MeasureTerms.Count(scanner.Contains) + (_flags.Has(text, "violation") ? 1 : 0) >= 2;
    }

    /// <summary>"能直接免职吗", "该通报还是诫勉": a measure named in a yes/no or either/or question.</summary>
    public bool AsksAboutANamedMeasure(string text)
    {
        var scanner = new PhraseScanner(text);
        // "要给党纪处分吗" names the disciplinary measure in the words of the violation flag.
        return (scanner.ContainsAny(vocabulary.MeasureTerms) || _flags.Has(text, "violation")) && scanner.ContainsAny(vocabulary.YesNoMarkers);
    }

    public bool SignalsSituation(string text) => new PhraseScanner(text).ContainsAny(vocabulary.SituationSignals);

    private Severity ReadSeverity(string text, bool asAnswer)
    {
        var found = new PhraseScanner(text).Take(vocabulary.Severity).Select(SeverityNames.Parse).ToList();
        if (found.Count == 0)
            found = _severityPatterns.Matching(text).Select(SeverityNames.Parse).ToList();
        if (found.Count == 0 && asAnswer)
            found = new PhraseScanner(text).Take(vocabulary.SeverityReply).Select(SeverityNames.Parse).ToList();
        return found.Count == 0 ? Severity.Unknown : found.Max();
    }

    private (PriorMeasure Prior, bool? Rectified) ReadPrior(string text, bool asAnswer)
    {
        var priors = new PhraseScanner(text).Take(vocabulary.Prior);
        var prior = priors.Contains("admonished") ? PriorMeasure.Admonished
            : priors.Contains("notified") ? PriorMeasure.Notified
            : PriorMeasure.None;
        return (prior, _rectification.Read(text, prior != PriorMeasure.None, asAnswer));
    }

    private Subject ReadSubject(string text, bool asAnswer)
    {
        var scanner = new PhraseScanner(text);
        scanner.Ignore(vocabulary.Phrases(vocabulary.Subject, "ignore"));
        var both = vocabulary.Phrases(vocabulary.Subject, "both").Any(scanner.TakeAll)
                   || _bothPatterns.Any(p => p.IsMatch(PetitionBot.Language.Text.TextNormalizer.Fold(text)));
        if (both) return Subject.Both;
        // Whom the question is about (对单位怎么处理, 单位情节严重, 对他) wins over other mentions.
        var targets = new PhraseScanner(text).Take(vocabulary.SubjectTarget).Union(_targetPatterns.Matching(text)).ToList();
        if (targets.Count == 1) return targets[0] == "unit" ? Subject.Unit : Subject.Person;
        if (targets.Count == 2) return Subject.Both;
        var person = vocabulary.Phrases(vocabulary.Subject, "person").OrderByDescending(p => p.Length).Any(scanner.TakeAll);
        var unit = vocabulary.Phrases(vocabulary.Subject, "unit").OrderByDescending(p => p.Length).Any(scanner.TakeAll);
        if (person) return Subject.Person;
        if (unit) return Subject.Unit;
        if (!asAnswer) return Subject.Unknown;
        var reply = new PhraseScanner(text).Take(vocabulary.SubjectReply);
        return reply.Contains("both") ? Subject.Both
            : reply.Contains("unit") && reply.Contains("person") ? Subject.Both
            : reply.Contains("unit") ? Subject.Unit
            : reply.Contains("person") ? Subject.Person
            : Subject.Unknown;
    }
}
