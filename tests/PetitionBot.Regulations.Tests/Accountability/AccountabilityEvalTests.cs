using PetitionBot.Regulations.Accountability;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Accountability;

/// <summary>
/// The dev questions and the scenarios written for the advisor, run through its API turn by turn. Prints how often the
/// 结论 line names every expected measure, never a not-measure, and the answer cites every expected clause.
/// </summary>
public class AccountabilityEvalTests(LoadedAdvisor loaded, ITestOutputHelper output) : IClassFixture<LoadedAdvisor>
{
    private sealed record Outcome(AdvisorScenario Scenario, AdvisorReply Final, List<string> Problems);

    private Outcome Play(AdvisorScenario scenario)
    {
        var problems = new List<string>();
        AccountabilityFacts? state = null;
        AdvisorReply? reply = null;
        var asked = new List<string>();
        foreach (var message in scenario.Messages)
        {
            reply = loaded.Advisor.Advise(message, state);
            output.WriteLine($"  用户：{message}");
            output.WriteLine("  机器人：" + reply.Text.Replace("\n", "\n          ") + (reply.Choices.Count > 0 ? " " + string.Concat(reply.Choices.Select(c => $"[{c}]")) : ""));
            if (reply.IsQuestion) asked.Add(reply.Facts.Pending.ToString()!.ToLowerInvariant());
            state = reply.IsQuestion ? reply.Facts : null;
        }
        var final = reply!;
        if (scenario.Declines is { } reason)
        {
            if (final.Kind != AdvisorReplyKind.NotApplicable || final.NotApplicableReason != reason)
                problems.Add($"expected the advisor to decline ({reason}), got {final.Kind} {final.NotApplicableReason}");
            return new Outcome(scenario, final, problems);
        }
        var expectedAsks = scenario.Asks ?? [];
        // A case that ends by offering the closest items counts that offer as its last reply, not as a question asked on the way.
        var askedOnTheWay = final.IsQuestion ? asked.Take(asked.Count - 1) : asked;
        if (!askedOnTheWay.SequenceEqual(expectedAsks))
            problems.Add($"asked [{string.Join(",", asked)}], expected [{string.Join(",", expectedAsks)}]");
        if (final.IsQuestion && final.Facts.Pending != QuestionKind.Situation)
            problems.Add("ended on a question");
        var first = final.FirstLine;
        if (!first.StartsWith("结论：", StringComparison.Ordinal)) problems.Add("first line is not 结论");
        problems.AddRange(scenario.Measures.Where(m => !first.Contains(m, StringComparison.Ordinal)).Select(m => $"结论 lacks {m}"));
        problems.AddRange(scenario.NotMeasures.Where(m => first.Contains(m, StringComparison.Ordinal)).Select(m => $"结论 names {m}"));
        problems.AddRange((scenario.Mention ?? []).Where(m => !final.Text.Contains(m, StringComparison.Ordinal)).Select(m => $"reply lacks {m}"));
        var cited = final.Answer?.Citations.Select(c => c.ClauseId).ToList() ?? [];
        problems.AddRange(scenario.Expect.Where(e => !cited.Any(c => AdvisorScenario.Covers(e, c))).Select(e => $"{e} not cited (cited {string.Join(",", cited)})"));
        return new Outcome(scenario, final, problems);
    }

    private List<Outcome> Run(IReadOnlyList<AdvisorScenario> scenarios, string name)
    {
        var all = new List<Outcome>();
        foreach (var s in scenarios)
        {
            output.WriteLine($"{s.Id}:");
            var outcome = Play(s);
            all.Add(outcome);
            output.WriteLine(outcome.Problems.Count == 0 ? "  PASS" : "  FAIL " + string.Join("; ", outcome.Problems));
        }
        var outcomes = all.Where(o => o.Scenario.Declines is null).ToList();
        var measuresNamed = outcomes.Count(o => o.Scenario.Measures.All(m => o.Final.FirstLine.Contains(m, StringComparison.Ordinal)));
        var noWrong = outcomes.Count(o => !o.Scenario.NotMeasures.Any(m => o.Final.FirstLine.Contains(m, StringComparison.Ordinal)));
        var clauses = outcomes.Count(o => o.Scenario.Expect.All(e => o.Final.Answer?.Citations.Any(c => AdvisorScenario.Covers(e, c.ClauseId)) == true));
        var passed = outcomes.Count(o => o.Problems.Count == 0);
        var declined = scenarios.Count(s => s.Declines is not null);
        output.WriteLine($"{name}: n={outcomes.Count} measures-in-结论={measuresNamed}/{outcomes.Count} no-not-measure={noWrong}/{outcomes.Count} " +
                         $"expected-clauses-cited={clauses}/{outcomes.Count} all-checks={passed}/{outcomes.Count} " +
                         $"multi-turn={scenarios.Count(s => s.Messages.Count > 1)} (plus {declined} the advisor must decline)");
        return all;
    }

    [Fact]
    public void DevQuestions_AllPass()
    {
        var outcomes = Run(AdvisorScenario.Read("Eval", "accountability.dev.jsonl"), "accountability.dev");
        Assert.All(outcomes, o => Assert.True(o.Problems.Count == 0, $"{o.Scenario.Id}: {string.Join("; ", o.Problems)}\n{o.Final.Text}"));
    }

    [Fact]
    public void Scenarios_AllPass()
    {
        var scenarios = AdvisorScenario.Read("Accountability", "scenarios.jsonl");
        Assert.True(scenarios.Count >= 40, $"only {scenarios.Count} scenarios");
        var outcomes = Run(scenarios, "accountability scenarios");
        Assert.All(outcomes, o => Assert.True(o.Problems.Count == 0, $"{o.Scenario.Id}: {string.Join("; ", o.Problems)}\n{o.Final.Text}"));
    }
}
