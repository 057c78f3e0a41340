namespace PetitionBot.Regulations.Tests.Eval;

/// <summary>
/// Deterministic logistic regression: standardized features, classes weighted to equal mass, L2 penalty, plain
/// gradient descent from zero for a fixed number of steps — the same data always gives the same model.
/// </summary>
public static class LogisticFit
{
    public sealed record Model(double[] Means, double[] Scales, double[] Weights, double Bias)
    {
        public double Probability(double[] x)
        {
            var z = Bias;
            for (var i = 0; i < x.Length; i++) z += Weights[i] * (x[i] - Means[i]) / Scales[i];
            return 1 / (1 + Math.Exp(-z));
        }
    }

    /// <param name="signs">Per feature +1 / -1 when what it means fixes the direction of its effect (more coverage
    /// never makes an answer less likely), 0 when free; weights are kept on their side, so a few training lines
    /// cannot turn a feature around.</param>
    public static Model Fit(IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys, int[] signs, double l2 = 0.05, int steps = 20000, double rate = 0.1)
    {
        var n = xs.Count;
        var d = xs[0].Length;
        var means = Enumerable.Range(0, d).Select(j => xs.Average(x => x[j])).ToArray();
        var scales = Enumerable.Range(0, d).Select(j =>
        {
            var sd = Math.Sqrt(xs.Average(x => (x[j] - means[j]) * (x[j] - means[j])));
            return sd < 1e-9 ? 1 : sd;
        }).ToArray();
        var z = xs.Select(x => x.Select((v, j) => (v - means[j]) / scales[j]).ToArray()).ToArray();
        var positives = ys.Count(y => y);
        var negatives = n - positives;
        var sampleWeight = ys.Select(y => y ? n / (2.0 * positives) : n / (2.0 * negatives)).ToArray();

        var w = new double[d];
        double b = 0;
        for (var step = 0; step < steps; step++)
        {
            var gw = new double[d];
            double gb = 0;
            for (var k = 0; k < n; k++)
            {
                var s = b;
                for (var j = 0; j < d; j++) s += w[j] * z[k][j];
                var err = (1 / (1 + Math.Exp(-s)) - (ys[k] ? 1 : 0)) * sampleWeight[k];
                for (var j = 0; j < d; j++) gw[j] += err * z[k][j];
                gb += err;
            }
            for (var j = 0; j < d; j++)
            {
                w[j] -= rate * (gw[j] / n + l2 * w[j]);
                if (signs[j] * w[j] < 0) w[j] = 0;
            }
            b -= rate * gb / n;
        }
        return new Model(means, scales, w, b);
    }

    /// <summary>
    /// The cut-off with the least cost on the data, a wrong answer costing <paramref name="wrongAnswerCost"/> declined
    /// ones; placed midway between the neighbouring probabilities so it does not sit on a training point.
    /// </summary>
    public static double Threshold(IReadOnlyList<double> probabilities, IReadOnlyList<bool> ys, double wrongAnswerCost)
    {
        var sorted = probabilities.Distinct().Order().ToList();
        var candidates = new List<double> { 0 };
        candidates.AddRange(sorted.Zip(sorted.Skip(1), (a, c) => (a + c) / 2));
        candidates.Add(1);
        return candidates.MinBy(t =>
        {
            var wrong = probabilities.Where((p, i) => p >= t && !ys[i]).Count();
            var declined = probabilities.Where((p, i) => p < t && ys[i]).Count();
            return wrongAnswerCost * wrong + declined;
        });
    }
}
