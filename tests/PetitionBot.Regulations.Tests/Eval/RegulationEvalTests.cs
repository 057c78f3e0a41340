using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>
/// Answer quality on the question sets, measured on the replies as the assistant composes them (model off), each
/// question with the jurisdiction its profile sets. The training split prints its lines; the held-out split only its
/// totals. Floors sit a little below what was measured, to catch regressions.
/// </summary>
public class RegulationEvalTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    private QuestionSetTotals Measure(string file, bool printLines)
    {
        var outcomes = QuestionSetRun.Run(new RegulationAssistant(loaded.Corpus), file);
        if (printLines)
            foreach (var o in outcomes)
                output.WriteLine($"{o.Case.Id} rank={o.CitationRank} p={o.Search.Confidence:F2} cited={string.Join(",", o.Answer.Citations.Select(c => c.ClauseId))} " +
                                 $"mentions={o.MentionsFound}/{o.Case.Mention?.Length ?? 0}");
        var totals = QuestionSetTotals.Of(outcomes);
        output.WriteLine($"{file}: {totals}");
        return totals;
    }

    [Fact]
    public void SecondRoundTrainingSplit()
    {
        var t = Measure("regulation-qa.dev2.train.jsonl", printLines: true);
        // Measured 95.5 / 96.4 / 96.6 %, 2.7 % declined, 11/11 no-basis declined.
        Assert.True(t.First >= 0.93, $"first {t.First:P1}");
        Assert.True(t.WithinThree >= 0.94, $"within three {t.WithinThree:P1}");
        Assert.True(t.Mentions >= 0.94, $"mentions {t.Mentions:P1}");
        Assert.True(t.UnanswerableDeclined >= 1.0, $"unanswerable declined {t.UnanswerableDeclined:P1}");
        Assert.True(t.AnswerableDeclined <= 0.04, $"answerable declined {t.AnswerableDeclined:P1}");
    }

    /// <summary>Never tuned on: totals only.</summary>
    [Fact]
    public void SecondRoundHeldOutSplit()
    {
        var t = Measure("regulation-qa.dev2.heldout.jsonl", printLines: false);
        Assert.True(t.Answerable >= 40 && t.Unanswerable >= 3, $"{t.Answerable} answerable, {t.Unanswerable} unanswerable held-out questions");
        // Measured 81.6 / 83.7 / 82.4 %, 16.3 % declined, 5/5 no-basis declined (main before: 87.8 / 91.8 / 90.2 %,
        // 8.2 %, 4/5). The model was chosen by out-of-fold cost on the training split (a wrong answer costing ten
        // declines: 18 → 3); on this split the same cost went 14 → 8, but more answerable questions are declined.
        // Floors follow the measurement so a further fall shows; the targets stay those of the issue.
        Assert.True(t.First >= 0.80, $"first {t.First:P1}");
        Assert.True(t.WithinThree >= 0.82, $"within three {t.WithinThree:P1}");
        Assert.True(t.Mentions >= 0.80, $"mentions {t.Mentions:P1}");
        Assert.True(t.UnanswerableDeclined >= 0.8, $"unanswerable declined {t.UnanswerableDeclined:P1}");
        Assert.True(t.AnswerableDeclined <= 0.17, $"answerable declined {t.AnswerableDeclined:P1}");
    }

    /// <summary>Questions in the petition domain the five texts do not answer, written from the texts for the
    /// answer-or-decline fit (training data).</summary>
    [Fact]
    public void WrittenUnanswerableQuestions_AreDeclined()
    {
        var t = Measure("regulation-qa.written-unanswerable.jsonl", printLines: true);
        Assert.True(t.Unanswerable >= 30, $"{t.Unanswerable} written questions");
        Assert.True(t.UnanswerableDeclined >= 1.0, $"unanswerable declined {t.UnanswerableDeclined:P1}");
    }

    [Fact]
    public void FirstRoundDevSet()
    {
        var t = Measure("regulation-qa.dev.jsonl", printLines: true);
        Assert.True(t.First >= 0.85, $"first {t.First:P1}");
        Assert.True(t.WithinThree >= 0.95, $"within three {t.WithinThree:P1}");
        Assert.True(t.UnanswerableDeclined >= 1.0, $"unanswerable declined {t.UnanswerableDeclined:P1}");
    }

    /// <summary>The first round's held-out questions: a regression check, totals only.</summary>
    [Fact]
    public void FirstRoundHeldOutSet()
    {
        var t = Measure("regulation-qa.heldout.jsonl", printLines: false);
        Assert.True(t.WithinThree >= 0.85, $"within three {t.WithinThree:P1}");
        Assert.True(t.UnanswerableDeclined >= 0.8, $"unanswerable declined {t.UnanswerableDeclined:P1}");
    }

    [Fact]
    public void AccountabilityQuestions_AreRetrieved()
    {
        var t = Measure("accountability.dev.jsonl", printLines: false);
        Assert.True(t.WithinThree >= 0.8, $"within three {t.WithinThree:P1}");
    }
}
