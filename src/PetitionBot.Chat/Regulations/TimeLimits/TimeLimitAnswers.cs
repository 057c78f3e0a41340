using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Chat.Regulations.TimeLimits;

/// <summary>
/// Answers "how long" questions about a petition step from the deadline policy, the same limits and articles the
/// case cards show. Anything else (e.g. 湖南 申诉 within 15日, a clause of the loaded texts) is left to the texts.
/// </summary>
public sealed class TimeLimitAnswers(DeadlinePolicy policy, TimeLimitVocabulary vocabulary)
{
    private readonly TimeLimitQuestion _question = new(vocabulary);
    private readonly TimeLimitJurisdiction _jurisdictions = new(policy);
    private readonly TimeLimitReply _reply = new(policy, vocabulary);

    public TimeLimitAnswers(DeadlinePolicy policy) : this(policy, TimeLimitVocabulary.Default)
    {
    }

    /// <summary>The answer, or null when the question does not ask how long a step of the policy may take.</summary>
    public TimeLimitAnswer? TryAnswer(string text, string? preferredJurisdiction)
    {
        var steps = _question.StepsAskedAbout(text);
        if (steps.Count == 0)
            return null;
        var jurisdiction = _jurisdictions.For(text, preferredJurisdiction);
        return new TimeLimitAnswer(steps, jurisdiction.Id, _reply.Compose(steps, jurisdiction, _jurisdictions.Default));
    }
}

/// <summary>The steps recognised, the jurisdiction whose rules were asked for, and the reply text.</summary>
public sealed record TimeLimitAnswer(IReadOnlyList<DeadlineStep> Steps, string Jurisdiction, string Text);
