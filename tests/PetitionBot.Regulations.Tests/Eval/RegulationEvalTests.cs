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
        // Measured 97.3 / 98.2 / 95.7 %, 0.9 % declined, 11/11 no-basis declined (before this round's decision changes:
        // 89.2 / 90.1 / 94.9 %, 9.0 % declined, 11/11).
        Assert.True(t.First >= 0.95, $"first {t.First:P1}");
        Assert.True(t.WithinThree >= 0.96, $"within three {t.WithinThree:P1}");
        Assert.True(t.Mentions >= 0.94, $"mentions {t.Mentions:P1}");
        Assert.True(t.UnanswerableDeclined >= 1.0, $"unanswerable declined {t.UnanswerableDeclined:P1}");
        Assert.True(t.AnswerableDeclined <= 0.03, $"answerable declined {t.AnswerableDeclined:P1}");
        Assert.True(t.Shown >= 0.96, $"expected clause shown {t.Shown:P1}");
    }

    /// <summary>Never tuned on: totals only.</summary>
    [Fact]
    public void SecondRoundHeldOutSplit()
    {
        var t = Measure("regulation-qa.dev2.heldout.jsonl", printLines: false);
        Assert.True(t.Answerable >= 40 && t.Unanswerable >= 3, $"{t.Answerable} answerable, {t.Unanswerable} unanswerable held-out questions");
        // Measured 89.8 / 93.9 / 88.2 %, 6.1 % declined, 3/5 no-basis declined, expected clause shown 93.9 %; before this
        // round's decision changes (amounts by kind, a named document's missing own clause, features chosen by
        // out-of-fold cost) 71.4 / 75.5 / 92.2 %, 24.5 % declined, 5/5, shown 98.0 %. Floors follow the measurement.
        Assert.True(t.First >= 0.87, $"first {t.First:P1}");
        Assert.True(t.WithinThree >= 0.91, $"within three {t.WithinThree:P1}");
        Assert.True(t.Mentions >= 0.86, $"mentions {t.Mentions:P1}");
        Assert.True(t.UnanswerableDeclined >= 0.6, $"unanswerable declined {t.UnanswerableDeclined:P1}");
        Assert.True(t.AnswerableDeclined <= 0.09, $"answerable declined {t.AnswerableDeclined:P1}");
        Assert.True(t.Shown >= 0.9, $"expected clause shown {t.Shown:P1}");
    }

    /// <summary>Questions written blind (from the five texts alone, by a writer who saw neither the code nor the other
    /// sets), training split.</summary>
    [Fact]
    public void WrittenBlindTrainingSplit()
    {
        var t = Measure("regulation-qa.written2.train.jsonl", printLines: true);
        Assert.True(t.Answerable >= 90 && t.Unanswerable >= 20, $"{t.Answerable} answerable, {t.Unanswerable} unanswerable");
        // Measured 89.4 % first, 10.6 % declined, 25/28 no-basis declined (before this round's decision changes: 68.3 %,
        // 31.7 %, 25/28; before it was trained on: 77.9 %, 22.1 %, 22/28).
        Assert.True(t.First >= 0.84, $"first {t.First:P1}");
        Assert.True(t.AnswerableDeclined <= 0.16, $"answerable declined {t.AnswerableDeclined:P1}");
        Assert.True(t.UnanswerableDeclined >= 0.85, $"unanswerable declined {t.UnanswerableDeclined:P1}");
    }

    /// <summary>Never tuned on: totals only.</summary>
    [Fact]
    public void WrittenBlindHeldOutSplit()
    {
        var t = Measure("regulation-qa.written2.heldout.jsonl", printLines: false);
        Assert.True(t.Answerable >= 40 && t.Unanswerable >= 10, $"{t.Answerable} answerable, {t.Unanswerable} unanswerable");
        // Measured 84.8 % first, 13.0 % declined, 11/12 no-basis declined (before this round's decision changes: 71.7 %,
        // 26.1 %, 11/12; before the written set was trained on: 73.9 %, 23.9 %, 10/12).
        Assert.True(t.First >= 0.80, $"first {t.First:P1}");
        Assert.True(t.AnswerableDeclined <= 0.16, $"answerable declined {t.AnswerableDeclined:P1}");
        Assert.True(t.UnanswerableDeclined >= 0.9, $"unanswerable declined {t.UnanswerableDeclined:P1}");
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
        // Five questions: one is declined (its clause offered as 可能相关).
        Assert.True(t.WithinThree >= 0.6, $"within three {t.WithinThree:P1}");
        Assert.True(t.Shown >= 0.8, $"expected clause shown {t.Shown:P1}");
    }
}
