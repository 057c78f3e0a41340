using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Search;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>One question of a set as the assistant answers it (model off), with the search behind the answer.</summary>
public sealed record QuestionOutcome(EvalCase Case, SearchResult Search, GroundedAnswer Answer)
{
    /// <summary>Rank of the first expected clause among the answer's citations; -1 when declined or not cited.</summary>
    public int CitationRank => Answer.IsGrounded
        ? Answer.Citations.OrderBy(x => x.Position).ToList().FindIndex(x => Case.IsHitBy(x.ClauseId))
        : -1;

    public bool IsAnswerable => Case.Expect.Length > 0;

    /// <summary>Mentions the question's expected clause holds that the answer quotes (a decline answers nothing, even
    /// when the clauses it offers as 可能相关 quote them).</summary>
    public int MentionsFound => !Answer.IsGrounded ? 0 : (Case.Mention ?? []).Count(m => Answer.Text.Replace(" ", "").Contains(m, StringComparison.Ordinal));
}

/// <summary>Totals of a question set: the rates the task reports, and how often the reply shows the expected clause at
/// all (cited in an answer, or offered as 可能相关 beside a decline).</summary>
public sealed record QuestionSetTotals(
    int Answerable, int Unanswerable, double First, double WithinThree, double Mentions, double UnanswerableDeclined, double AnswerableDeclined,
    double DeclinedButOffered, double Shown)
{
    public static QuestionSetTotals Of(IReadOnlyList<QuestionOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.IsAnswerable).ToList();
        var unanswerable = outcomes.Where(o => !o.IsAnswerable).ToList();
        var mentions = answerable.Sum(o => (o.Case.Mention ?? []).Length);
        return new QuestionSetTotals(
            answerable.Count,
            unanswerable.Count,
            Share(answerable.Count(o => o.CitationRank == 0), answerable.Count),
            Share(answerable.Count(o => o.CitationRank is >= 0 and < 3), answerable.Count),
            Share(answerable.Sum(o => o.MentionsFound), mentions),
            Share(unanswerable.Count(o => !o.Answer.IsGrounded), unanswerable.Count),
            Share(answerable.Count(o => !o.Answer.IsGrounded), answerable.Count),
            Share(answerable.Count(o => !o.Answer.IsGrounded && o.Answer.Citations.Any(c => o.Case.IsHitBy(c.ClauseId))),
                answerable.Count(o => !o.Answer.IsGrounded)),
            Share(answerable.Count(o => o.Answer.Citations.Any(c => o.Case.IsHitBy(c.ClauseId))), answerable.Count));
    }

    public override string ToString() =>
        $"answerable n={Answerable}: first {First:P1}, within three {WithinThree:P1}, mentions {Mentions:P1}, declined {AnswerableDeclined:P1} " +
        $"(of those, expected clause offered as 可能相关 {DeclinedButOffered:P1}), expected clause shown {Shown:P1}; " +
        $"unanswerable n={Unanswerable}: declined {UnanswerableDeclined:P1}";

    private static double Share(int count, int total) => total == 0 ? 1 : count / (double)total;
}

/// <summary>Runs a question set through the assistant's search and composer, each with the jurisdiction its profile sets.</summary>
public static class QuestionSetRun
{
    public static IReadOnlyList<QuestionOutcome> Run(RegulationAssistant assistant, string file) =>
        EvalCase.Read(file).Select(c =>
        {
            var result = assistant.Search.Search(c.Question, c.Jurisdiction, top: 5);
            return new QuestionOutcome(c, result, assistant.Composer.Compose(result));
        }).ToList();
}
