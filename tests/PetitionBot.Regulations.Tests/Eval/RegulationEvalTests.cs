using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Search;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>Retrieval and answer quality on the dev question sets; prints the rates so they can be reported.</summary>
public class RegulationEvalTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    private sealed record Outcome(EvalCase Case, int Rank, GroundedAnswer Answer);

    private List<Outcome> Run(string file)
    {
        var search = new ClauseSearch(loaded.Corpus);
        var composer = new GroundedAnswerComposer(search);
        var outcomes = new List<Outcome>();
        foreach (var c in EvalCase.Read(file))
        {
            var result = search.Search(c.Question, c.Jurisdiction, top: 5);
            var rank = result.Hits.ToList().FindIndex(h => c.IsHitBy(h.Clause.Id));
            var answer = composer.Compose(result);
            outcomes.Add(new Outcome(c, rank, answer));
            output.WriteLine($"{c.Id} rank={rank} hits={string.Join(",", result.Hits.Select(h => h.Clause.Id + (h.IsRelevant ? "" : "?")))}");
            output.WriteLine("    " + answer.DirectAnswer);
        }
        return outcomes;
    }

    private void Report(string name, List<Outcome> outcomes, out double top1, out double top3)
    {
        var answerable = outcomes.Where(o => o.Case.Expect.Length > 0).ToList();
        top1 = answerable.Count(o => o.Rank == 0) / (double)answerable.Count;
        top3 = answerable.Count(o => o.Rank is >= 0 and < 3) / (double)answerable.Count;
        var withMention = answerable.Where(o => o.Case.Mention is { Length: > 0 }).ToList();
        var mentionShort = withMention.Count(o => o.Case.Mention!.All(m => o.Answer.DirectAnswer.Contains(m)));
        var mentionFull = withMention.Count(o => o.Case.Mention!.All(m => o.Answer.Text.Contains(m)));
        var grounded = answerable.Count(o => o.Answer.IsGrounded);
        output.WriteLine(
            $"{name}: n={answerable.Count} top-1={top1:P1} top-3={top3:P1} grounded={grounded}/{answerable.Count}" +
            (withMention.Count > 0 ? $" mention(short answer)={mentionShort}/{withMention.Count} mention(whole reply)={mentionFull}/{withMention.Count}" : ""));
    }

    [Fact]
    public void RegulationQuestions_Top3AtLeast90Percent_AndUncoveredIsNotGrounded()
    {
        var outcomes = Run("regulation-qa.dev.jsonl");
        Report("regulation-qa.dev", outcomes, out _, out var top3);
        Assert.True(top3 >= 0.9, $"top-3 {top3:P1} < 90%");

        var uncovered = outcomes.Single(o => o.Case.Id == "d25");
        Assert.False(uncovered.Answer.IsGrounded);
        Assert.Empty(uncovered.Answer.Citations);
        Assert.Contains("没有找到", uncovered.Answer.Text);
    }

    [Fact]
    public void AccountabilityQuestions_AreRetrieved()
    {
        var outcomes = Run("accountability.dev.jsonl");
        Report("accountability.dev", outcomes, out _, out var top3);
        Assert.True(top3 >= 0.8, $"top-3 {top3:P1} < 80%");
    }
}
