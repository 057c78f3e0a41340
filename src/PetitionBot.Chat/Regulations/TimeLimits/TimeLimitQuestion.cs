using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Chat.Regulations.TimeLimits;

/// <summary>
/// Reads "how long" questions about a petition step (办结期限多少天, 复查申请要在几天内提出): the steps asked about,
/// or none when the question does not name a step the policy has or does not ask how long.
/// </summary>
public sealed class TimeLimitQuestion(TimeLimitVocabulary vocabulary)
{
    // Longest words first, so 复查申请 wins over 复查 at the same position.
    private readonly (string Word, IReadOnlyList<DeadlineStep> Steps)[] _terms = vocabulary.Terms
        .SelectMany(t => t.Words.Select(w => (w, (IReadOnlyList<DeadlineStep>)t.Steps)))
        .OrderByDescending(t => t.Item1.Length)
        .ToArray();

    /// <summary>The steps asked about (usually one; 复查 alone names both the request and the decision).</summary>
    public IReadOnlyList<DeadlineStep> StepsAskedAbout(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || !AsksHowLong(text))
            return [];
        var steps = LastNamedSteps(text);
        if (steps.Count == 1 && steps[0] == DeadlineStep.AcceptanceNotice && vocabulary.TransferredWords.Any(text.Contains))
            return [DeadlineStep.TransferAcceptanceNotice];
        return steps;
    }

    private bool AsksHowLong(string text) =>
        !vocabulary.NotAskingWords.Any(text.Contains)
        && (vocabulary.HowLongWords.Any(text.Contains) || vocabulary.LimitWords.Any(text.Contains));

    // In Chinese the step asked about comes last (受理以后多久要办结); a step followed by 后/以后/起 only starts the clock.
    private IReadOnlyList<DeadlineStep> LastNamedSteps(string text)
    {
        IReadOnlyList<DeadlineStep> last = [];
        var i = 0;
        while (i < text.Length)
        {
            var match = _terms.FirstOrDefault(t => string.CompareOrdinal(text, i, t.Word, 0, t.Word.Length) == 0);
            if (match.Word is null)
            {
                i++;
                continue;
            }
            var end = i + match.Word.Length;
            if (!vocabulary.AfterWords.Any(after => string.CompareOrdinal(text, end, after, 0, after.Length) == 0))
                last = match.Steps;
            i = end;
        }
        return last;
    }
}
