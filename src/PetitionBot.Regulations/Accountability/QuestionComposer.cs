using PetitionBot.Regulations.Corpus;

namespace PetitionBot.Regulations.Accountability;

/// <summary>Words one question: what has been understood so far, what is still needed and why, and the choices.</summary>
public sealed class QuestionComposer(RegulationCorpus corpus, AccountabilityRules rules, JurisdictionReader jurisdictions)
{
    public static readonly string[] SubjectChoices = ["单位", "个人", "单位和个人"];
    public static readonly string[] RectificationChoices = ["已按期整改", "逾期未整改"];

    public (string Text, IReadOnlyList<string> Choices) Ask(QuestionKind kind, AccountabilityFacts facts, DocumentRules? document,
        SituationRule? situation, MeasureSelection? selection, string? notUnderstood)
    {
        var lines = new List<string>();
        if (notUnderstood is not null)
            lines.Add($"没能从“{Clip(notUnderstood)}”看出{KindName(kind)}。");
        var known = Known(facts, document, situation);
        if (known.Count > 0)
            lines.Add("已识别：" + string.Join(" · ", known));

        var name = document is null ? "" : corpus.FindDocument(document.Document)?.ShortName ?? document.Document;
        switch (kind)
        {
            case QuestionKind.Jurisdiction:
                lines.Add("还差：适用哪里的规定？各地分档不同。");
                return (string.Join("\n", lines), jurisdictions.Choices(corpus).Select(c => c.Name).ToList());
            case QuestionKind.Subject:
                lines.Add($"还差：追究的是单位还是个人？{name}对两者的追责方式不同。");
                return (string.Join("\n", lines), SubjectChoices);
            case QuestionKind.Rectification:
                lines.Add($"还差：{(facts.Prior == PriorMeasure.Admonished ? "诫勉" : "通报")}后是否按期完成了整改？");
                return (string.Join("\n", lines), RectificationChoices);
            default:
                var labels = document?.Grading == "unit-person" ? rules.Vocabulary.HunanSeverityLabels : rules.Vocabulary.SeverityLabels;
                var choices = (selection?.SeverityChoices ?? []).Where(labels.ContainsKey).Select(n => labels[n]).ToList();
                lines.Add(selection?.SeverityHasNoRung == true
                    ? $"还差：情节程度。{name}没有“{SeverityLabel(facts.Severity, labels)}”这一档，请选其中一档："
                    : $"还差：情节程度。{name}按情节分档，属于哪一档？");
                return (string.Join("\n", lines), choices);
        }
    }

    private List<string> Known(AccountabilityFacts facts, DocumentRules? document, SituationRule? situation)
    {
        var known = new List<string>();
        if (document is not null)
            known.Add((corpus.FindDocument(document.Document)?.ShortName ?? document.Document) + (facts.JurisdictionAssumed ? "（未说明地区）" : ""));
        if (situation is not null) known.Add($"{situation.Label}（{corpus.FindClause(situation.Clause)?.Label}）");
        if (facts.Subject != Subject.Unknown) known.Add(facts.Subject switch { Subject.Unit => "单位", Subject.Person => "个人", _ => "单位和个人" });
        if (facts.Prior != PriorMeasure.None)
            known.Add((facts.Prior == PriorMeasure.Admonished ? "已诫勉" : "已通报") + (facts.Rectified switch { false => "、逾期未整改", true => "、已按期整改", _ => "" }));
        if (facts.Severity != Severity.Unknown)
        {
            var labels = document?.Grading == "unit-person" ? rules.Vocabulary.HunanSeverityLabels : rules.Vocabulary.SeverityLabels;
            known.Add(SeverityLabel(facts.Severity, labels));
        }
        return known;
    }

    private static string SeverityLabel(Severity severity, IReadOnlyDictionary<string, string> labels) =>
        labels.GetValueOrDefault(SeverityNames.Of(severity)) ?? SeverityNames.Of(severity);

    private static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.Jurisdiction => "适用哪里的规定",
        QuestionKind.Situation => "属于哪种情形",
        QuestionKind.Subject => "追究单位还是个人",
        QuestionKind.Rectification => "是否按期整改",
        _ => "情节程度",
    };

    private static string Clip(string s) => s.Length <= 20 ? s : s[..19] + "…";
}
