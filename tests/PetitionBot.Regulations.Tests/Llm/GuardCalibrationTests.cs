using System.Text.Json;
using PetitionBot.Regulations.Llm;
using PetitionBot.Testing;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Llm;

/// <summary>
/// The support threshold against answers written from the texts, labelled faithful or not (guard-calibration.jsonl):
/// every faithful answer passes the whole guard, every unfaithful one is stopped, and the threshold sits inside the
/// gap between the two groups' content-word coverage.
/// </summary>
public class GuardCalibrationTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    private sealed record Example(string[] Clauses, string Answer, bool Faithful);

    private static IReadOnlyList<Example> Examples() =>
        File.ReadLines(RepositoryRoot.Combine("tests/PetitionBot.Regulations.Tests/Llm/guard-calibration.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<Example>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();

    /// <summary>The lowest coverage of any sentence in the answer.</summary>
    private double Coverage(Example e)
    {
        var citations = CitedAnswers.Citations(loaded.Corpus, e.Clauses);
        return AnswerSentences.Split(e.Answer).Min(s =>
            ContentCoverage.Of(s.Text, CitedSource.Of(citations.Where(c => s.Cites.Contains(c.Position)), loaded.Corpus), GuardVocabulary.Default).Share);
    }

    [Fact]
    public void TheGuardSeparatesFaithfulFromUnfaithfulAnswers()
    {
        var guard = new AnswerGuard(loaded.Corpus);
        var wrong = new List<string>();
        foreach (var e in Examples())
        {
            var verdict = guard.Check(e.Answer, CitedAnswers.Citations(loaded.Corpus, e.Clauses));
            output.WriteLine($"{(e.Faithful ? "faithful" : "invented")} {Coverage(e):0.00} {verdict}  {e.Answer}");
            if (verdict.Accepted != e.Faithful) wrong.Add($"{e.Answer} → {verdict}");
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void TheSupportThresholdLiesBetweenTheTwoGroups()
    {
        var examples = Examples();
        var lowestFaithful = examples.Where(e => e.Faithful).Min(Coverage);
        // Unfaithful answers that only the coverage test can stop (no wrong number, article, name, quotation or negation).
        var guardWithoutSupport = new AnswerGuard(loaded.Corpus, minimumCoverage: 0);
        var onlyByCoverage = examples.Where(e => !e.Faithful && guardWithoutSupport.Check(e.Answer, CitedAnswers.Citations(loaded.Corpus, e.Clauses)).Accepted).ToList();
        var highestInvented = onlyByCoverage.Max(Coverage);
        output.WriteLine($"faithful ≥ {lowestFaithful:0.00}; invented (coverage alone decides, {onlyByCoverage.Count}) ≤ {highestInvented:0.00}; threshold {SupportRule.MinimumCoverage}");

        Assert.True(onlyByCoverage.Count >= 8, "too few examples that coverage alone decides");
        Assert.InRange(SupportRule.MinimumCoverage, highestInvented + 0.01, lowestFaithful);
    }
}
