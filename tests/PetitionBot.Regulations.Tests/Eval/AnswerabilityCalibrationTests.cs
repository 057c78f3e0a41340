using System.Globalization;
using PetitionBot.Regulations.Search;
using Xunit.Abstractions;

namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>
/// The answer-or-decline model is fitted on the training split only (the second-round training questions and the
/// first-round dev set). This refits it, prints the model as answerability.json carries it, and checks that the
/// shipped model is that fit and decides the training questions as well as the fit does.
/// </summary>
public class AnswerabilityCalibrationTests(LoadedCorpus loaded, ITestOutputHelper output) : IClassFixture<LoadedCorpus>
{
    public static readonly string[] TrainingSets = ["regulation-qa.dev2.train.jsonl", "regulation-qa.dev.jsonl", "regulation-qa.written-unanswerable.jsonl", "regulation-qa.written2.train.jsonl"];

    // A wrong citation misleads an officer into applying the wrong rule; a declined answer only sends them to the
    // text (and still offers the closest clauses). The targets (every no-basis question declined, at most 2% of the
    // others) put a wrong answer far above a decline: ten to one.
    internal const double WrongAnswerCost = 10;

    // characterCoverage, wordCoverage, unknownWords, kindMatch, kindMiss, namesDocument, amountNotStated, scoreMargin,
    // rarestMissing, ownKindMiss
    internal static readonly int[] AllSigns = [1, 1, -1, 1, -1, 0, -1, 1, -1, -1];

    // The features the shipped model reads: backward elimination by out-of-fold cost on the training split
    // (FeatureSubsetTests) dropped the others, which added nothing once these were in.
    internal static readonly string[] Chosen =
        ["characterCoverage", "unknownWords", "namesDocument", "amountNotStated", "scoreMargin"];

    private static int[] Columns => Chosen.Select(f => Array.IndexOf(AnswerabilityFeatures.Names, f)).ToArray();

    internal static int[] Signs => Columns.Select(j => AllSigns[j]).ToArray();

    // Chosen by six-fold cross-validation on the training split (fewest wrong answers, then fewest declines).
    internal const double L2 = 0.01;

    /// <summary>The chosen features of each training question.</summary>
    internal (List<double[]> X, List<bool> Y) TrainingData()
    {
        var (xs, ys) = AllFeatures();
        return (xs.Select(x => Columns.Select(j => x[j]).ToArray()).ToList(), ys);
    }

    /// <summary>Every feature the search computes, for choosing among them.</summary>
    internal (List<double[]> X, List<bool> Y) AllFeatures()
    {
        var search = new ClauseSearch(loaded.Corpus);
        var xs = new List<double[]>();
        var ys = new List<bool>();
        foreach (var c in TrainingSets.SelectMany(EvalCase.Read))
        {
            var result = search.Search(c.Question, c.Jurisdiction, top: 5);
            if (result.Features is null) continue; // direct references and empty questions are not the model's to decide
            if (result.Features.OwnKindMiss > 0) continue; // declined by rule: the named document has no such clause
            xs.Add(result.Features.ToArray());
            ys.Add(c.Expect.Length > 0);
        }
        return (xs, ys);
    }

    [Fact]
    public void ShippedModel_IsTheFitOnTheTrainingSplit()
    {
        var (xs, ys) = TrainingData();
        var fit = LogisticFit.Fit(xs, ys, Signs, L2);
        var oof = OutOfFold(xs, ys);
        var threshold = LogisticFit.Threshold(oof, ys, WrongAnswerCost);
        output.WriteLine("out-of-fold, unanswerable: " + string.Join(" ", oof.Where((p, i) => !ys[i]).Order().Select(p => p.ToString("F3"))));
        output.WriteLine("out-of-fold, lowest answerable: " + string.Join(" ", oof.Where((p, i) => ys[i]).Order().Take(15).Select(p => p.ToString("F3"))));
        output.WriteLine($"out-of-fold at the cut-off: {oof.Where((p, i) => !ys[i] && p >= threshold).Count()} unanswerable answered, " +
                         $"{oof.Where((p, i) => ys[i] && p < threshold).Count()} answerable declined");
        var wrong = oof.Where((q, i) => q >= threshold && !ys[i]).Count();
        var declined = oof.Where((q, i) => q < threshold && ys[i]).Count();
        output.WriteLine($"out-of-fold at the threshold: {wrong} of {ys.Count(y => !y)} unanswerable answered, {declined} of {ys.Count(y => y)} answerable declined (cost {WrongAnswerCost * wrong + declined})");
        output.WriteLine(Json(fit, threshold));

        var shipped = AnswerabilityModel.Default;
        Assert.Equal(Chosen, shipped.Features);
        Assert.Equal(Round(fit.Weights), Round(shipped.Weights));
        Assert.Equal(Math.Round(fit.Bias, 4), Math.Round(shipped.Bias, 4));
        Assert.Equal(Math.Round(threshold, 4), Math.Round(shipped.Threshold, 4));
    }

    [Fact]
    public void ShippedModel_PrecisionAndRecallOnTheTrainingSplit()
    {
        var (xs, ys) = AllFeatures();
        var model = AnswerabilityModel.Default;
        var answered = xs.Select(x => model.Probability(Features(x)) >= model.Threshold).ToList();
        var truePositives = answered.Where((a, i) => a && ys[i]).Count();
        var precision = truePositives / (double)Math.Max(1, answered.Count(a => a));
        var recall = truePositives / (double)ys.Count(y => y);
        output.WriteLine($"answerable decision on the training split: precision {precision:P1}, recall {recall:P1} (n={ys.Count}, unanswerable {ys.Count(y => !y)})");
        Assert.True(precision >= 0.97, $"precision {precision:P1}");
        // Measured 98.7 % / 95.0 % (n=311, 72 unanswerable, many of them close to what the texts say; two more are
        // declined by rule and not the model's to decide); before this round's features 98.5 % / 82.0 %.
        Assert.True(recall >= 0.91, $"recall {recall:P1}");
    }

    // The cut-off is placed on out-of-fold probabilities: in-sample, the model has already fitted the dozen
    // unanswerable questions, so their probabilities look lower than an unseen one's will be.
    private const int Folds = 6;

    internal static List<double> OutOfFold(List<double[]> xs, List<bool> ys)
    {
        var p = new double[xs.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = Enumerable.Range(0, xs.Count).Where(i => i % Folds != fold).ToList();
            var model = LogisticFit.Fit(train.Select(i => xs[i]).ToList(), train.Select(i => ys[i]).ToList(), Signs, L2);
            foreach (var i in Enumerable.Range(0, xs.Count).Where(i => i % Folds == fold)) p[i] = model.Probability(xs[i]);
        }
        return p.ToList();
    }

    private static AnswerabilityFeatures Features(double[] x) => AnswerabilityFeatures.FromArray(x);

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToArray();

    private static string Json(LogisticFit.Model m, double threshold)
    {
        static string List(IEnumerable<double> v) => "[" + string.Join(", ", v.Select(x => Math.Round(x, 6).ToString(CultureInfo.InvariantCulture))) + "]";
        return $"""
            "features": [{string.Join(", ", Chosen.Select(f => $"\"{f}\""))}],
            "means": {List(m.Means)},
            "scales": {List(m.Scales)},
            "weights": {List(m.Weights)},
            "bias": {Math.Round(m.Bias, 6).ToString(CultureInfo.InvariantCulture)},
            "threshold": {Math.Round(threshold, 6).ToString(CultureInfo.InvariantCulture)}
            """;
    }
}
