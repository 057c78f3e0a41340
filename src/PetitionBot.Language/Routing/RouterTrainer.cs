namespace PetitionBot.Language.Routing;

/// <summary>
/// Trains the router from labelled utterances. Its calibration — the temperature that makes the probabilities of
/// held-back folds honest (lowest log-loss) — is found by k-fold cross-validation on the same training data; that
/// costs five more trainings, so it is done by a test and kept in <c>Training/calibration.json</c>.
/// </summary>
internal static class RouterTrainer
{
    public static SoftmaxModel Train(IReadOnlyList<LabelledUtterance> rows, float temperature, TrainingOptions? options = null) =>
        SoftmaxModel.Train(Examples(rows), RouteLabels.Count, options ?? new TrainingOptions()).WithTemperature(temperature);

    public static List<(int[] Features, int Label)> Examples(IReadOnlyList<LabelledUtterance> rows) =>
        rows.Select(r => (RouteFeatures.Extract(r.Text), RouteLabels.IndexOf(r.Route))).ToList();

    /// <summary>The temperature that minimises the log-loss of out-of-fold predictions, to two decimals.</summary>
    public static float CalibrateTemperature(IReadOnlyList<LabelledUtterance> rows, TrainingOptions? options = null, int folds = 5) =>
        MathF.Round(CalibratedTemperature(Examples(rows), options ?? new TrainingOptions(), folds), 2);

    /// <summary>Out-of-fold predictions: each example scored by a model that never saw it (for calibration and CV).</summary>
    public static double[][] OutOfFold(IReadOnlyList<(int[] Features, int Label)> examples, TrainingOptions options, int folds)
    {
        var result = new double[examples.Count][];
        for (var k = 0; k < folds; k++)
        {
            var train = examples.Where((_, i) => i % folds != k).ToList();
            var model = SoftmaxModel.Train(train, RouteLabels.Count, options);
            for (var i = k; i < examples.Count; i += folds)
            {
                var p = new double[RouteLabels.Count];
                model.Predict(examples[i].Features, p);
                result[i] = p;
            }
        }
        return result;
    }

    private static float CalibratedTemperature(IReadOnlyList<(int[] Features, int Label)> examples, TrainingOptions options, int folds)
    {
        // Logits at T = 1, then the T in a coarse grid with the lowest negative log-likelihood.
        var oof = OutOfFold(examples, options, folds);
        var logits = oof.Select(p => p.Select(x => Math.Log(Math.Max(x, 1e-12))).ToArray()).ToArray();
        var best = (T: 1f, Loss: double.MaxValue);
        for (var step = 5; step <= 80; step++)
        {
            var t = step * 0.05f;
            var loss = 0.0;
            for (var i = 0; i < logits.Length; i++)
            {
                var z = logits[i].Select(l => l / t).ToArray();
                var max = z.Max();
                var log = Math.Log(z.Sum(v => Math.Exp(v - max))) + max;
                loss += log - z[examples[i].Label];
            }
            if (loss < best.Loss)
            {
                best = (t, loss);
            }
        }
        return best.T;
    }
}
