using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Lays out the advisor's answer: 结论 naming only the recommended measures, then why (situation, severity),
/// who proposes and decides, what follows if not rectified, the responsibility split, the rights and deadlines
/// after a decision, and the quoted clauses with [n].
/// </summary>
public sealed class AnswerComposer(RegulationCorpus corpus, AccountabilityRules rules)
{
    public GroundedAnswer Measures(string question, DocumentRules document, AccountabilityFacts facts, SituationMatch situation, MeasureSelection selection)
    {
        var cite = new CitationList(corpus);
        var responsibility = ResponsibilityNotes.For(document, facts);
        var lines = new List<string> { Conclusion(document, facts, selection, responsibility, cite) };

        AddJurisdiction(lines, document, facts, cite);
        AddSituation(lines, document, situation, cite);
        foreach (var (_, step) in selection.Steps)
            lines.Add($"· 程度：{Reason(step, facts, document)}{cite.Cite(step)}");
        foreach (var step in selection.Missing is null ? selection.Additions : ViolationSteps(document, facts))
            lines.Add($"· 另：{step.Basis}{cite.Cite(step)}");
        if (selection.RectifiedAfter is { } done)
            lines.Add($"· 整改：已按期完成整改的，不再升级；办法只对仍未按期完成整改的规定进一步措施{cite.Cite(done)}");
        if (selection.Missing is not null)
            AddLadder(lines, document, facts, cite);
        AddNationalLadder(lines, document, facts, cite);
        AddProcedure(lines, document, selection, facts, cite);
        if (selection.Next is { } next)
            lines.Add($"· 仍未整改：{next.Basis}{cite.Cite(next)}");
        AddSplit(lines, document, facts, responsibility, cite);
        if (!facts.AsksCombine)
            foreach (var note in document.NotesOf("combine"))
                lines.Add($"· 方式：{note.Text}{cite.Cite(note)}");
        AddAfterDecision(lines, document, facts, cite);
        return Build(question, lines, cite);
    }

    /// <summary>Who bears what is asked (or an objection is told without a collective decision to go with it).</summary>
    public static bool AsksWhoBearsWhat(AccountabilityFacts facts) =>
        facts.AsksResponsibility || (facts.Objection && !facts.GroupDecision);

    /// <summary>The description matched none of the enumerated items: say so and offer the closest.</summary>
    public GroundedAnswer NoMatch(string question, DocumentRules document, SituationMatch situation)
    {
        var cite = new CitationList(corpus);
        var lines = new List<string>
        {
            $"结论：所述情况与{ShortName(document.Document)}{ArticleLabel(document)}列举的情形都对不上{cite.Cite(document.SituationArticle)}，暂不能据此确定追责方式。",
            "最接近的几项：",
        };
        foreach (var (s, i) in situation.Closest.Select((s, i) => (s, i + 1)))
            lines.Add($"{i}. {s.Label}（{cite.LabelOf(s.Clause)}）{cite.Cite(s)}");
        lines.Add("属于其中哪一项？点选，或换个说法描述经过。");
        return Build(question, lines, cite);
    }

    /// <summary>
    /// 结论: the rung (or rungs, per subject) with what comes with it (a unit's lost honours), the disciplinary measure
    /// for a breach of discipline, the referral of a suspected crime, that the measures combine, and who bears which
    /// responsibility when a collective or one-man decision or an objection is told — first when that is what was asked.
    /// </summary>
    private string Conclusion(DocumentRules document, AccountabilityFacts facts, MeasureSelection selection, IReadOnlyList<RuleNote> responsibility, CitationList cite)
    {
        var asked = AsksWhoBearsWhat(facts);
        // "调走了还能追责吗" is answered first by the lifelong rule; otherwise it follows the measures.
        var lifelong = facts.TimePassed && facts.AsksStillPursued ? Lifelong(document, cite) : [];
        var measures = new List<string>();
        var count = 0;
        // "他投了反对票，要担责吗": the answer is that he bears none; the others' measure stays in the lines below.
        var aboutTheObjector = asked && facts.Objection;
        if (!aboutTheObjector && selection.Missing is null)
        {
            var perSubject = selection.Steps.Select(s => s.Subject).Distinct().Count() > 1;
            // The rung's clause is cited on its 程度 line, as the conversation guide shows.
            foreach (var (subject, step) in selection.Steps)
                measures.Add(perSubject ? $"{SubjectName(subject)}{step.Conclusion}" : step.Conclusion);
            measures.AddRange(selection.Additions.Select(s => s.Conclusion));
            measures.AddRange(Consequences(document, selection).Select(n => n.Text + cite.Cite(n)));
            count = selection.Steps.Count + selection.Additions.Count;
        }
        else if (!aboutTheObjector)
        {
            var discipline = ViolationSteps(document, facts).ToList();
            measures.AddRange(discipline.Select(s => s.Conclusion));
            count = discipline.Count;
        }
        if (!facts.AsksWhoDecides && !aboutTheObjector)
            measures.AddRange(DisciplineHandledBy(document, selection, facts).Select(r => r.Text + cite.Cite(r.Rule)));
        if (facts.Crime)
            measures.AddRange(CrimeNotes(document).Select(n => n.Text + cite.Cite(n)));
        if (facts.AsksCombine && document.NotesOf("combine").FirstOrDefault() is { } rule)
            measures.Add(rule.Text + cite.Cite(rule));
        else if (count > 1 && document.NotesOf("combine").FirstOrDefault() is { } combine)
            measures.Add("以上方式可以合并使用" + cite.Cite(combine));
        if (measures.Count == 0 && responsibility.Count == 0 && selection.RectifiedAfter is not null)
            measures.Add("已按期完成整改的，不再升级追责措施");
        if (facts.AsksWhoDecides)
            measures.AddRange(WhoDecides(document, selection, facts).Select(r => r.Text + cite.Cite(r.Rule)));
        if (facts.TimePassed && !facts.AsksStillPursued) measures.AddRange(Lifelong(document, cite));
        // The objector asked about hears first that he bears none.
        var split = responsibility.OrderBy(n => aboutTheObjector && n.Kind == "split-objection" ? 0 : 1).Select(n => n.Text + cite.Cite(n));
        var parts = asked ? split.Concat(measures) : measures.Concat(split);
        parts = lifelong.Concat(parts);
        return $"结论：{string.Join("；", parts)}。";
    }

    /// <summary>
    /// Who handles a breach of discipline, when one is told (上海: 由纪检监察机关…处理; 湖南: 由纪检监察机关、组织人事部门负责实施):
    /// the referral belongs with the measure.
    /// </summary>
    private static IEnumerable<(string Text, IClauseRule Rule)> DisciplineHandledBy(DocumentRules document, MeasureSelection selection, AccountabilityFacts facts)
    {
        var discipline = (selection.Missing is null ? selection.Additions : ViolationSteps(document, facts)).Where(s => s.Additive == "violation").ToList();
        if (discipline.Count == 0) return [];
        var procedures = discipline.Select(s => s.Group).Distinct()
            .SelectMany(g => document.NotesOf("procedure", g).Where(n => n.Group == g)).DistinctBy(n => n.Text).ToList();
        if (procedures.Count > 0) return procedures.Select(n => (n.Text, (IClauseRule)n));
        return document.NotesOf("decider").Select(n => (n.Text, (IClauseRule)n));
    }

    private static List<string> Lifelong(DocumentRules document, CitationList cite) =>
        document.NotesOf("lifelong").Select(n => n.Text + cite.Cite(n)).ToList();

    /// <summary>Who proposes and decides the chosen measures, when the question asks it too.</summary>
    private static IEnumerable<(string Text, IClauseRule Rule)> WhoDecides(DocumentRules document, MeasureSelection selection, AccountabilityFacts facts)
    {
        var chosen = selection.Missing is null ? selection.Steps.Select(s => s.Step).Concat(selection.Additions) : ViolationSteps(document, facts);
        var steps = chosen.ToList();
        var procedures = steps.Select(s => s.Group).Distinct()
            .SelectMany(g => document.NotesOf("procedure", g).Where(n => n.Group == g)).DistinctBy(n => n.Text).ToList();
        if (procedures.Count > 0) return procedures.Select(n => (n.Text, (IClauseRule)n));
        var deciders = document.NotesOf("decider").Select(n => (n.Text, (IClauseRule)n)).ToList();
        if (deciders.Count > 0) return deciders;
        return steps.Where(s => s.Decider is not null).DistinctBy(s => s.Decider).Select(s => ($"由{s.Decider}作出决定", (IClauseRule)s));
    }

    /// <summary>What follows from the chosen rungs by the texts themselves (湖南: the unit cannot be this year's 先进单位).</summary>
    private static IEnumerable<RuleNote> Consequences(DocumentRules document, MeasureSelection selection) =>
        document.NotesOf("consequence").Where(n => selection.Steps.Any(s => s.Step.Group == n.Group));

    /// <summary>The disciplinary rung a breach of discipline adds, for the subject when it is known.</summary>
    private static IEnumerable<MeasureStep> ViolationSteps(DocumentRules document, AccountabilityFacts facts) =>
        facts.Violation
            ? document.Steps.Where(s => s.Additive == "violation" && (facts.Subject is Subject.Unknown or Subject.Both || s.AppliesTo(facts.Subject)))
            : [];

    /// <summary>What the document says of a suspected crime; a document silent on it defers to the rules it falls back on.</summary>
    private IEnumerable<RuleNote> CrimeNotes(DocumentRules document)
    {
        var own = document.NotesOf("crime").ToList();
        if (own.Count > 0 || document.Fallback is not { } fallback || rules.For(fallback) is not { } general) return own;
        return general.NotesOf("crime");
    }

    /// <summary>When the rung could not be chosen (the answer rests on a crime, discipline or responsibility): the ladder.</summary>
    private static void AddLadder(List<string> lines, DocumentRules document, AccountabilityFacts facts, CitationList cite)
    {
        var steps = document.Steps.Where(s => s.Additive is null && s.Situations.Count == 0
                                              && (facts.Subject is Subject.Unknown or Subject.Both || s.AppliesTo(facts.Subject))).OrderBy(s => s.Subject).ThenBy(s => s.Level);
        foreach (var step in steps)
            lines.Add($"· 视情节：{step.Basis}{cite.Cite(step)}");
    }

    private void AddJurisdiction(List<string> lines, DocumentRules document, AccountabilityFacts facts, CitationList cite)
    {
        var name = ShortName(document.Document);
        if (facts.JurisdictionAssumed)
        {
            var locals = rules.Documents.Where(d => d.Document != document.Document).Select(d => ShortName(d.Document));
            lines.Add($"· 适用：未说明地区，按全国适用的{name}；{string.Join("、", locals)}另有规定，说明地区可按当地规定再答");
            return;
        }
        if (facts.UnloadedJurisdiction is { } place)
        {
            lines.Add($"· 适用：已加载的文件中没有{place}的规定，按全国适用的{name}");
            return;
        }
        if (facts.OtherDocument is { } other && rules.For(other) is { } otherRules)
        {
            if (otherRules.Fallback == document.Document)
            {
                var relation = otherRules.NotesOf("relation").FirstOrDefault();
                lines.Add(relation is null
                    ? $"· 适用：{ShortName(other)}没有对应规定，按{name}"
                    : $"· 适用：{relation.Text}{cite.Cite(relation)}");
                return;
            }
            var precedence = otherRules.NotesOf("precedence").Concat(document.NotesOf("precedence")).FirstOrDefault();
            lines.Add($"· 适用：按您指定的{name}；{ShortName(other)}另有规定" +
                      (precedence is null ? "" : $"，两者不一致时按中央实施办法执行{cite.Cite(precedence)}"));
            return;
        }
        var own = document.NotesOf("relation").Concat(document.NotesOf("precedence")).FirstOrDefault();
        lines.Add(own is null ? $"· 适用：{name}" : $"· 适用：{name}。{own.Text}{cite.Cite(own)}");
    }

    private void AddSituation(List<string> lines, DocumentRules document, SituationMatch situation, CitationList cite)
    {
        if (situation.Situation is { } item && situation.ListedIn is { } listed)
            lines.Add($"· 情形：{item.Label}（{cite.LabelOf(item.Clause)}）{cite.Cite(item)}；所述情况本文件未单列，{ShortNameOf(listed.Clause)}列为“{listed.Label}”{cite.Cite(listed)}");
        else if (situation.Situation is { } unlisted && situation.Unlisted)
            lines.Add($"· 情形：所述经过未对应到列举的具体情形，按“{unlisted.Label}”（{cite.LabelOf(unlisted.Clause)}）{cite.Cite(unlisted)}");
        else if (situation.Situation is { } s)
            lines.Add($"· 情形：{s.Label}（{cite.LabelOf(s.Clause)}）{cite.Cite(s)}");
        else
            lines.Add($"· 情形：未说明具体经过；须属{cite.LabelOf(document.SituationArticle.Clause)}所列情形之一{cite.Cite(document.SituationArticle)}");
    }

    /// <summary>Documents without a ladder of their own (江苏): the national rung for the severity given, as the rule that prevails.</summary>
    private void AddNationalLadder(List<string> lines, DocumentRules document, AccountabilityFacts facts, CitationList cite)
    {
        if (document.Grading != "fixed" || document.Fallback is not { } fallback || document.Scope is not null) return;
        if (rules.For(fallback) is not { } national) return;
        var selection = MeasureSelector.Select(national, facts);
        if (selection.Missing is not null || selection.Steps.Count == 0) return;
        var step = selection.Steps[0].Step;
        lines.Add($"· 分档：{ShortName(document.Document)}未按情节分档；全国适用的{ShortName(fallback)}规定：{step.Basis}{cite.Cite(step)}");
    }

    private static void AddProcedure(List<string> lines, DocumentRules document, MeasureSelection selection, AccountabilityFacts facts, CitationList cite)
    {
        var additions = selection.Missing is null ? selection.Additions : ViolationSteps(document, facts);
        var groups = selection.Steps.Select(s => s.Step.Group).Concat(additions.Select(s => s.Group)).Distinct().ToList();
        var procedures = groups.SelectMany(g => document.NotesOf("procedure", g).Where(n => n.Group == g)).DistinctBy(n => n.Text).ToList();
        foreach (var note in procedures)
            lines.Add($"· 决定：{note.Text}{cite.Cite(note)}");
        if (procedures.Count == 0)
        {
            // When no rung was chosen (a crime, discipline or responsibility answer), who decides the ladder's measures.
            var steps = selection.Missing is null
                ? selection.Steps.Select(s => s.Step)
                : document.Steps.Where(s => s.Additive is null && s.Situations.Count == 0);
            foreach (var step in steps.Where(s => s.Decider is not null).DistinctBy(s => s.Decider))
                lines.Add($"· 决定：由{step.Decider}作出{cite.Cite(step)}");
            foreach (var note in document.NotesOf("proposer"))
                lines.Add($"· 建议：{note.Text}{cite.Cite(note)}");
            foreach (var note in document.NotesOf("decider"))
                lines.Add($"· 决定：{note.Text}{cite.Cite(note)}");
        }
    }

    /// <summary>The responsibility rules next to the ones told: the objection exception beside a collective decision and back.</summary>
    private static void AddSplit(List<string> lines, DocumentRules document, AccountabilityFacts facts, IReadOnlyList<RuleNote> inConclusion, CitationList cite)
    {
        if (facts.PersonalDecision || (!facts.GroupDecision && !facts.Objection)) return;
        var related = facts.GroupDecision ? document.NotesOf("split-objection") : document.NotesOf("split-collective");
        foreach (var note in related.Except(inConclusion))
            lines.Add($"· 责任划分：{note.Text}{cite.Cite(note)}");
    }

    private void AddAfterDecision(List<string> lines, DocumentRules document, AccountabilityFacts facts, CitationList cite)
    {
        foreach (var kind in new[] { "hearing", "announce", "appeal", "publicity" })
            foreach (var note in document.NotesOf(kind))
                lines.Add($"· {KindLabel(kind)}：{note.Text}{cite.Cite(note)}");
        if (facts.AsksAppeal && !document.NotesOf("appeal").Any())
            lines.Add($"· 申诉：{ShortName(document.Document)}没有规定申诉程序");
    }

    private static string KindLabel(string kind) => kind switch
    {
        "hearing" => "决定前",
        "announce" => "宣布",
        "appeal" => "申诉",
        "publicity" => "公开",
        _ => kind,
    };

    /// <summary>Why this rung: the prior measure left unrectified, or the severity given.</summary>
    private string Reason(MeasureStep step, AccountabilityFacts facts, DocumentRules document)
    {
        if (step.IgnoresSeverity) return step.Basis;
        var measures = string.Join("、", step.Measures) + (step.Measures.Count > 2 ? "等" : "");
        var prior = facts.Prior == PriorMeasure.Admonished ? "admonished" : "notified";
        var why = facts.Rectified == false && step.EscalatesFrom == prior
            ? (facts.Prior == PriorMeasure.Admonished ? "诫勉后仍未按期完成整改" : "通报后仍未按期完成整改")
            : SeverityText(facts.Severity, document);
        return $"{why} → {measures}";
    }

    private string SeverityText(Severity severity, DocumentRules document)
    {
        var labels = document.Grading == "unit-person" ? rules.Vocabulary.HunanSeverityLabels : rules.Vocabulary.SeverityLabels;
        return labels.TryGetValue(SeverityNames.Of(severity), out var label) ? label : "";
    }

    private static string SubjectName(Subject subject) => subject switch
    {
        Subject.Unit => "单位：",
        Subject.Person => "个人：",
        _ => "",
    };

    private string ArticleLabel(DocumentRules document)
    {
        var clause = corpus.FindClause(document.SituationArticle.Clause);
        return clause?.Label ?? "";
    }

    private string ShortNameOf(string clauseId) => ShortName(clauseId[..clauseId.IndexOf('#')]);

    public string ShortName(string documentId) => corpus.FindDocument(documentId)?.ShortName ?? documentId;

    private GroundedAnswer Build(string question, List<string> lines, CitationList cite) =>
        AdvisorAnswer.From(question, lines, cite, [.. rules.Documents.Select(d => ShortName(d.Document))]);
}
