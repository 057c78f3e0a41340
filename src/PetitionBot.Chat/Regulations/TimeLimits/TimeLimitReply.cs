using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Chat.Regulations.TimeLimits;

/// <summary>
/// The short answer to a time-limit question, from the policy rules only: the limit, when the clock starts, the
/// citation, and which jurisdiction's rule it is.
/// </summary>
public sealed class TimeLimitReply(DeadlinePolicy policy, TimeLimitVocabulary vocabulary)
{
    /// <summary>e.g. 信访事项应自受理之日起60日内办结；需要延期的，延长不超过30日（…）。\n依据《信访工作条例》第三十四条</summary>
    public string Compose(IReadOnlyList<DeadlineStep> steps, Jurisdiction jurisdiction, Jurisdiction national)
    {
        var rules = WithRelatedSteps(steps).Select(step => policy.Rule(step, jurisdiction.Id)).ToList();
        var sentences = string.Join("；", rules.Select(Sentence)) + "。";
        var citations = string.Join("、", rules.Select(r => r.Citation).Distinct(StringComparer.Ordinal));
        return $"{sentences}\n依据{citations}{Whose(rules, jurisdiction, national)}";
    }

    private IEnumerable<DeadlineStep> WithRelatedSteps(IReadOnlyList<DeadlineStep> steps)
    {
        var all = new List<DeadlineStep>();
        foreach (var step in steps)
        {
            all.Add(step);
            if (vocabulary.Steps[step].With is { } related && !steps.Contains(related))
                all.Add(related);
        }
        return all.Distinct();
    }

    private string Sentence(DeadlineRule rule) => vocabulary.Steps[rule.Step].Sentence
        .Replace("{start}", vocabulary.Starts[rule.Starts], StringComparison.Ordinal)
        .Replace("{limit}", rule.Limit.ToString(), StringComparison.Ordinal);

    // Says whose rule it is only when the user's place has rules of its own in the policy.
    private static string Whose(List<DeadlineRule> rules, Jurisdiction asked, Jurisdiction national)
    {
        if (asked.Id == national.Id)
            return "";
        var place = TimeLimitJurisdiction.ShortName(asked);
        var local = rules.Count(r => r.Jurisdiction == asked.Id);
        return local == rules.Count ? $"（{place}规定）"
            : local == 0 ? $"（{place}对此没有另行规定，适用全国规定）"
            : $"（{place}规定，未另行规定的适用全国规定）";
    }
}
