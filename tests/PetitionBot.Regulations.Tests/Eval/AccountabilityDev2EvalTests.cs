using PetitionBot.Language.Text;
using PetitionBot.Regulations.Accountability;
using PetitionBot.Regulations.Answers;
using PetitionBot.Regulations.Tests.Accountability;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>
/// The second-round accountability scenarios (written from the texts by people who never saw the code), as the bot
/// answers them: the advisor, or — when it says it does not apply — the regulation answer.
/// Right = every expected measure in the 结论 line (in the regulation answer's text when the advisor declined), none of
/// the not-measures in that line, and the expected clause cited.
/// A question the advisor asks is answered with the button whose label the scenario text contains (word for word);
/// when none or several do, the scenario counts as a miss. The held-out split is only ever printed as totals.
/// </summary>
public class AccountabilityDev2EvalTests(LoadedAdvisor loaded, ITestOutputHelper output) : IClassFixture<LoadedAdvisor>
{
    private const int MaxQuestions = 3;

    private sealed record Outcome(bool Right, bool Declined, int Questions, bool Unanswerable, string Trace)
    {
        /// <summary>Right if, where the regulation answer finds nothing, the host sent the advisor's procedure answer instead.</summary>
        public bool RightWithFallback { get; init; } = Right;

        /// <summary>Why the advisor declined, or which checks an advised answer failed (for totals by kind).</summary>
        public List<string> Kinds { get; } = [];
    }

    private sealed record Totals(int Count, int Right, int Advised, int AdvisedRight, int Declined, int DeclinedRight, int Asked, int AskedRight, int Unanswerable)
    {
        /// <summary>Right had the host sent the advisor's procedure answer where the regulation answer found nothing.</summary>
        public int RightWithFallback { get; init; }

        public double Share => Count == 0 ? 0 : (double)Right / Count;

        /// <summary>Right among the messages the advisor answered itself (not declined to the regulation answer).</summary>
        public double AdvisedShare => Advised == 0 ? 0 : (double)AdvisedRight / Advised;

        public override string ToString() =>
            $"n={Count} right={Right} ({Share:P1}); advisor answered {Advised} (right {AdvisedRight}), of which after questions {Asked} (right {AskedRight}), " +
            $"question not supported by the text {Unanswerable}; declined to the regulation answer {Declined} (right {DeclinedRight}); " +
            $"with the advisor's procedure answer where the regulation answer finds nothing: right {RightWithFallback} ({(Count == 0 ? 0 : (double)RightWithFallback / Count):P1})";
    }

    private async Task<Outcome> PlayAsync(AdvisorScenario scenario, RegulationAssistant regulationAnswers)
    {
        var question = scenario.Messages[0];
        var reply = loaded.Advisor.Advise(question);
        if (reply.Kind == AdvisorReplyKind.NotApplicable)
        {
            var answer = await regulationAnswers.AnswerAsync(question, null, CancellationToken.None);
            var right = Answers(scenario, answer);
            var fallback = !answer.IsGrounded && reply.ProcedureAnswer is { } own ? own : null;
            var said = $"declined ({reply.NotApplicableReason}) → {answer.Text}" + (fallback is null ? "" : $"\n    fallback → {fallback.Text}");
            var declined = new Outcome(right, true, 0, false, said) { RightWithFallback = fallback is null ? right : Answers(scenario, fallback) };
            declined.Kinds.Add("declined:" + reply.NotApplicableReason);
            return declined;
        }

        var trace = new List<string>();
        var questions = 0;
        var folded = Fold(question);
        while (reply.IsQuestion && questions < MaxQuestions)
        {
            trace.Add(reply.Text + " " + string.Concat(reply.Choices.Select(c => $"[{c}]")));
            var supported = reply.Choices.Where(c => folded.Contains(Fold(c), StringComparison.Ordinal)).ToList();
            // A longer label holding a shorter one (单位和个人 / 单位) is the one the text supports.
            supported = supported.Where(c => !supported.Any(o => o != c && o.Contains(c, StringComparison.Ordinal))).ToList();
            questions++;
            if (supported.Count != 1)
                return new Outcome(false, false, questions, true, string.Join("\n", trace) + "\n(no option supported by the text)");
            trace.Add("→ " + supported[0]);
            reply = loaded.Advisor.Advise(supported[0], reply.Facts);
        }
        trace.Add(reply.Text);
        var first = reply.FirstLine;
        var outcome = new Outcome(false, false, questions, false, string.Join("\n", trace));
        if (reply.IsQuestion || !first.StartsWith("结论：", StringComparison.Ordinal)) outcome.Kinds.Add("no 结论");
        if (!scenario.Measures.All(m => first.Contains(m, StringComparison.Ordinal))) outcome.Kinds.Add("measure missing");
        if (scenario.NotMeasures.Any(m => first.Contains(m, StringComparison.Ordinal))) outcome.Kinds.Add("wrong measure named");
        if (reply.Answer is not { } a || !Cited(scenario, a)) outcome.Kinds.Add("clause not cited");
        return outcome with { Right = outcome.Kinds.Count == 0, RightWithFallback = outcome.Kinds.Count == 0 };
    }

    /// <summary>A declined message's answer: every measure in its text, no not-measure in its short answer, the clause cited.</summary>
    private static bool Answers(AdvisorScenario scenario, GroundedAnswer answer)
    {
        var text = Fold(answer.Text);
        return scenario.Measures.All(m => text.Contains(Fold(m), StringComparison.Ordinal))
               && !scenario.NotMeasures.Any(m => answer.DirectAnswer.Contains(m, StringComparison.Ordinal))
               && Cited(scenario, answer);
    }

    private static bool Cited(AdvisorScenario scenario, GroundedAnswer answer) =>
        scenario.Expect.All(e => answer.Citations.Any(c => AdvisorScenario.Covers(e, c.ClauseId)));

    private static string Fold(string s) => TextNormalizer.Compact(s);

    private Task<Totals> RunAsync(string file, bool showLines) => RunAsync(["Eval", file], showLines);

    private async Task<Totals> RunAsync(string[] path, bool showLines)
    {
        var file = path[^1];
        // As the bot answers a message the advisor declines: the regulation assistant, model off.
        var composer = new RegulationAssistant(loaded.Corpus);
        var outcomes = new List<Outcome>();
        foreach (var scenario in AdvisorScenario.Read(path))
        {
            var outcome = await PlayAsync(scenario, composer);
            outcomes.Add(outcome);
            if (!showLines) continue;
            output.WriteLine($"{scenario.Id} {(outcome.Right ? "RIGHT" : "MISS")}  {scenario.Messages[0]}");
            output.WriteLine("    " + outcome.Trace.Replace("\n", "\n    "));
        }
        var advised = outcomes.Where(o => !o.Declined).ToList();
        var asked = advised.Where(o => o.Questions > 0).ToList();
        var declined = outcomes.Where(o => o.Declined).ToList();
        var totals = new Totals(outcomes.Count, outcomes.Count(o => o.Right), advised.Count, advised.Count(o => o.Right),
            declined.Count, declined.Count(o => o.Right), asked.Count, asked.Count(o => o.Right), advised.Count(o => o.Unanswerable))
        {
            RightWithFallback = outcomes.Count(o => o.RightWithFallback),
        };
        // The fallback is offered only where the regulation answer finds nothing; it must never lose a right answer.
        Assert.True(outcomes.All(o => o.RightWithFallback || !o.Right), $"{file}: the procedure fallback turned a right answer wrong");
        output.WriteLine($"{file}: {totals}");
        var kinds = outcomes.Where(o => !o.Right || o.Declined).SelectMany(o => o.Kinds).GroupBy(k => k).OrderBy(g => g.Key);
        output.WriteLine($"{file}: by kind (counts only): {string.Join(", ", kinds.Select(g => $"{g.Key} {g.Count()}"))}");
        return totals;
    }

    [Fact]
    public async Task TrainingSplit()
    {
        var totals = await RunAsync("accountability.dev2.train.jsonl", showLines: true);
        Assert.True(totals.Share >= TrainingFloor, $"training split right {totals.Share:P1}, floor {TrainingFloor:P0}");
        Assert.True(totals.AdvisedShare >= TrainingAdvisedFloor, $"training split, advisor's own answers right {totals.AdvisedShare:P1}, floor {TrainingAdvisedFloor:P0}");
    }

    /// <summary>Totals only: the held-out lines are never printed.</summary>
    [Fact]
    public async Task HeldOutSplit_TotalsOnly()
    {
        var totals = await RunAsync("accountability.dev2.heldout.jsonl", showLines: false);
        Assert.True(totals.Share >= HeldOutFloor, $"held-out split right {totals.Share:P1}, floor {HeldOutFloor:P0}");
        Assert.True(totals.AdvisedShare >= HeldOutAdvisedFloor, $"held-out split, advisor's own answers right {totals.AdvisedShare:P1}, floor {HeldOutAdvisedFloor:P0}");
    }

    /// <summary>
    /// Scenarios written for the classes a blind test found missed (collective decisions, crime referral, concealment,
    /// the next rung, everyday wording, procedural questions), each grounded in a clause and scored as the dev2 split.
    /// Each round was written before the changes it then measured: round 1 first; round 2 after round 1's fixes; round 3
    /// wider (every document, nicknames, typos, unit and person together); round 4 the clauses left out and varied ways
    /// of asking; round 5 stories wholly in everyday words; round 6 the rung itself (severity in other words, prior
    /// measures, place and document named apart); round 7 a mix of every class, written after all the changes before it; round 8 everyday stories again.
    /// </summary>
    [Theory]
    [InlineData("fresh-classes.jsonl")]
    [InlineData("fresh-classes.round2.jsonl")]
    [InlineData("fresh-classes.round3.jsonl")]
    [InlineData("fresh-classes.round4.jsonl")]
    [InlineData("fresh-classes.round5.jsonl")]
    [InlineData("fresh-classes.round6.jsonl")]
    [InlineData("fresh-classes.round7.jsonl")]
    [InlineData("fresh-classes.round8.jsonl")]
    public async Task FreshClasses(string file)
    {
        var totals = await RunAsync(["Accountability", file], showLines: true);
        Assert.True(totals.Share >= FreshFloor, $"{file} right {totals.Share:P1}, floor {FreshFloor:P0}");
    }

    private const double FreshFloor = 0.90;

    // A little below what was measured (training 28/29 = 96.6 %, advisor's own 24/24; held-out 9/11 = 81.8 %, advisor's
    // own 7/8; fresh rounds 41/43, 37/38, 30/30, 19/20, 16/16, 18/18, 16/16, 14/14). The training and fresh misses left are procedural
    // questions the regulation answer does not yet find; the share rises as it learns them.
    private const double TrainingFloor = 0.93;
    private const double TrainingAdvisedFloor = 0.95;
    private const double HeldOutFloor = 0.80;
    private const double HeldOutAdvisedFloor = 0.85;
}
