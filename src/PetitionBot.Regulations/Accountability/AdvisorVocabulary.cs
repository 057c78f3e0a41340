namespace PetitionBot.Regulations.Accountability;

/// <summary>How people describe severity, prior measures, the subject and the rest; data, so wording can be extended without a rebuild.</summary>
public sealed record AdvisorVocabulary
{
    /// <summary>Severity name → phrases that state it in a description.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Severity { get; init; }

    /// <summary>Severity name → regular expressions for it told with a degree word (影响很恶劣, 后果相当严重, 危害极大).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SeverityPatterns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Severity name → shorter words accepted only as the answer to the severity question.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> SeverityReply { get; init; }

    /// <summary>Severity name → the button text.</summary>
    public required IReadOnlyDictionary<string, string> SeverityLabels { get; init; }

    /// <summary>Button texts for documents that grade units by 较轻 / 较重 / 严重.</summary>
    public required IReadOnlyDictionary<string, string> HunanSeverityLabels { get; init; }

    /// <summary>admonished / notified → phrases.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Prior { get; init; }

    /// <summary>not-rectified / rectified → phrases.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Rectification { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> RectificationReply { get; init; }

    /// <summary>person / unit / both / ignore (words naming other bodies, not the subject).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Subject { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> SubjectReply { get; init; }

    /// <summary>unit / person → phrases that say whom the question is about (对单位怎么处理, 单位情节严重, 对他); they win over other mentions.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SubjectTarget { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>unit / person → regular expressions for whom the question is about (对局里怎么处理), where a phrase would also catch 对县里分管领导.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SubjectTargetPatterns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Regular expressions for a unit and a person named together (镇政府和经办人, 局里及其责任人): both are asked about.</summary>
    public IReadOnlyList<string> SubjectBothPatterns { get; init; } = [];

    /// <summary>group-decision, objection, personal-decision, violation, crime, appeal → phrases.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Flags { get; init; }

    /// <summary>
    /// Flag name → regular expressions for the same facts told in looser order (开会一起拍板的, 当场说了不同意, 一个人签字批的),
    /// matched on the folded text; a negation before the verb (没上会, 没提反对) is excluded in the pattern itself.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FlagPatterns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Words that negate the phrase after them (没, 未, 还没): "没整改到位" is read as not rectified, not as "整改到位".
    /// Each is put before every rectified phrase (with its 已/已经 dropped) to form a not-rectified one.
    /// </summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>
    /// Looser ways of saying the fault is still there (还是没, 过了期限, 问题没解决) that count as "not rectified" only once a
    /// prior measure is told; alone they describe the misconduct itself (过了期限没答复).
    /// </summary>
    public IReadOnlyList<string> RectificationAfterPrior { get; init; } = [];

    /// <summary>Phrases that ask whether a case can still be pursued (还能追责吗); with time passed, the lifelong rule answers.</summary>
    public IReadOnlyList<string> StillPursuedQuestions { get; init; } = [];

    /// <summary>Phrases that ask which measure applies.</summary>
    public required IReadOnlyList<string> MeasureQuestions { get; init; }

    /// <summary>
    /// Phrases that ask whether a measure follows at all (要被问责吗, 该不该追责): about a told case with someone named
    /// they ask which measure applies; alone ("逾期没办结要追责吗") they ask what a rule says.
    /// </summary>
    public IReadOnlyList<string> WhetherQuestions { get; init; } = [];

    /// <summary>Words that show a situation is being described, matched or not.</summary>
    public required IReadOnlyList<string> SituationSignals { get; init; }

    /// <summary>Words that show a message is about accountability at all (an appeal question needs one).</summary>
    public required IReadOnlyList<string> AccountabilityWords { get; init; }

    /// <summary>Provinces without a loaded document.</summary>
    public required IReadOnlyList<string> OtherJurisdictions { get; init; }

    /// <summary>Words right after a jurisdiction that name its document (中央办法, 上海细则, 湖南那个办法), making it the chosen rules.</summary>
    public IReadOnlyList<string> DocumentWords { get; init; } = [];

    /// <summary>Words before a jurisdiction that make it the chosen rules (按中央办法) rather than a place.</summary>
    public required IReadOnlyList<string> ExplicitJurisdictionMarkers { get; init; }

    /// <summary>
    /// Regular expressions for a question word followed closely by a sanction word (什么样的处理, 哪些追责措施), the
    /// general form of asking which measure applies; matched on the text without spaces or punctuation folded away.
    /// </summary>
    public IReadOnlyList<string> MeasureQuestionPatterns { get; init; } = [];

    /// <summary>Phrases that ask whether measures may be combined (同时, 并用, 既…又…).</summary>
    public IReadOnlyList<string> CombineQuestions { get; init; } = [];

    /// <summary>Phrases that ask who bears which responsibility (主要领导责任, 不承担…), not which measure.</summary>
    public IReadOnlyList<string> ResponsibilityQuestions { get; init; } = [];

    /// <summary>
    /// Phrases that ask about procedure — an appeal, a deadline, who proposes or decides, whether it is too late —
    /// which the regulation answer handles; the advisor declines them unless the measure is asked as well.
    /// </summary>
    public IReadOnlyList<string> ProceduralQuestions { get; init; } = [];

    /// <summary>
    /// held / asks → phrases: one already held accountable (受到责任追究的干部) asked about what follows for them (年度考核,
    /// 评先, 档案). That is what the texts say of the consequences, a procedural question, even when worded "怎么办".
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AfterAccountability { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Note kind (hearing, appeal, decider …) → words with which a procedural question asks about it (决定前, 不服, 由谁),
    /// for answering from the advisor's notes when the regulation answer finds nothing.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ProcedureKinds { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Everyday wording → the texts' own terms, read from the situations the texts list.</summary>
    public IReadOnlyList<EverydayTerm> Everyday { get; init; } = [];

    /// <summary>Common misspellings of the texts' words (诫免 → 诫勉, 申述 → 申诉), corrected before reading.</summary>
    public IReadOnlyDictionary<string, string> Typos { get; init; } = new Dictionary<string, string>();

    /// <summary>Document id → how officers name the document itself (实施细则, 湘办发, 苏发); naming it chooses its rules.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DocumentNames { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Document id → cities, districts and counties of its province (长沙 → 湖南, 浦东 → 上海): officers name their own place.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlaceNames { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The text with common misspellings corrected.</summary>
    public string CorrectTypos(string text)
    {
        foreach (var (wrong, right) in Typos)
            if (text.Contains(wrong, StringComparison.Ordinal)) text = text.Replace(wrong, right, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Markers of a yes/no or either/or question (吗, 能不能, 还是): with a measure's name, the question asks which measure applies.</summary>
    public IReadOnlyList<string> YesNoMarkers { get; init; } = [];

    /// <summary>Names of measures and kinds of responsibility, as the texts write them (for finding the clauses that name one).</summary>
    public IReadOnlyList<string> MeasureTerms { get; init; } = [];

    /// <summary>Wordings in which those names name no measure (通报表扬, 负主要领导责任).</summary>
    public IReadOnlyList<NotMeasureContext> NotMeasureContexts { get; init; } = [];

    public IReadOnlyList<string> Phrases(IReadOnlyDictionary<string, IReadOnlyList<string>> table, string key) =>
        table.TryGetValue(key, out var list) ? list : [];
}
