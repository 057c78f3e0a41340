namespace PetitionBot.Regulations.Accountability;

/// <summary>
/// Walks a document's measure ladder: the heavier of the rung the severity selects and the rung a prior measure
/// leads to when it was not rectified in time; asks for the subject, the rectification or the severity only when
/// the ladder cannot be climbed without it.
/// </summary>
public static class MeasureSelector
{
    public static MeasureSelection Select(DocumentRules rules, AccountabilityFacts facts, string? situation = null)
    {
        var claimed = situation is not null && rules.Steps.Any(s => s.Situations.Contains(situation));
        var steps = rules.Steps.Where(s => claimed ? s.Situations.Contains(situation!) : s.Situations.Count == 0).ToList();
        Subject[] subjects;
        if (steps.Any(s => s.Subject == "unit") && steps.Any(s => s.Subject == "person"))
        {
            if (facts.Subject == Subject.Unknown) return new MeasureSelection { Missing = QuestionKind.Subject };
            subjects = facts.Subject == Subject.Both ? [Subject.Unit, Subject.Person] : [facts.Subject];
        }
        else
        {
            subjects = [Subject.Unknown];
        }

        var chosen = new List<(Subject, MeasureStep)>();
        MeasureStep? rectifiedAfter = null;
        foreach (var subject in subjects)
        {
            var candidates = steps.Where(s => s.Additive is null && (s.Subject == "any" || s.AppliesTo(subject))).OrderBy(s => s.Level).ToList();
            var flat = candidates.FirstOrDefault(s => s.IgnoresSeverity);
            if (flat is not null)
            {
                chosen.Add((subject, flat));
                continue;
            }

            var severityName = SeverityNames.Of(facts.Severity);
            var bySeverity = candidates.Where(s => s.Severities.Contains(severityName)).MaxBy(s => s.Level);
            MeasureStep? byPrior = null;
            if (facts.Prior != PriorMeasure.None)
            {
                var priorName = facts.Prior == PriorMeasure.Admonished ? "admonished" : "notified";
                var escalation = candidates.FirstOrDefault(s => s.EscalatesFrom == priorName);
                if (escalation is not null)
                {
                    if (facts.Rectified is null && !(bySeverity?.Level >= escalation.Level))
                        return new MeasureSelection { Missing = QuestionKind.Rectification };
                    if (facts.Rectified == false) byPrior = escalation;
                    else rectifiedAfter = candidates.FirstOrDefault(s => s.Produces == priorName);
                }
            }

            var step = new[] { bySeverity, byPrior }.Where(s => s is not null).MaxBy(s => s!.Level);
            if (step is null)
            {
                if (rectifiedAfter is not null) continue;
                return new MeasureSelection
                {
                    Missing = QuestionKind.Severity,
                    SeverityHasNoRung = facts.Severity != Severity.Unknown,
                    SeverityChoices = candidates.SelectMany(s => s.Severities).Distinct()
                        .OrderBy(SeverityNames.Parse).Where(n => SeverityNames.Parse(n) != Severity.Unknown).ToList(),
                };
            }
            chosen.Add((subject, step));
        }

        var additions = steps
            .Where(s => s.Additive == "violation" && facts.Violation && subjects.Any(subject => s.Subject == "any" || s.AppliesTo(subject)))
            .ToList();
        var single = chosen.Count == 1 ? chosen[0].Item2 : null;
        var next = single?.Produces is { } produces ? steps.FirstOrDefault(s => s.EscalatesFrom == produces) : null;
        return new MeasureSelection { Steps = chosen, Additions = additions, Next = next, RectifiedAfter = chosen.Count == 0 ? rectifiedAfter : null };
    }
}
