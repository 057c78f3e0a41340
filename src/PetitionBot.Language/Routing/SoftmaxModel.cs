namespace PetitionBot.Language.Routing;

/// <summary>
/// Multinomial logistic regression over hashed binary features: weights per (feature, class), trained by
/// AdaGrad SGD with L2 in a seeded order, so the same files give the same model. Scores are divided by a
/// temperature chosen on held-back folds of the training data (see <see cref="RouterTrainer"/>).
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;

    public SoftmaxModel(int classes, float temperature = 1f)
    {
        Classes = classes;
        Temperature = temperature;
        _weights = new float[RouteFeatures.Size * classes];
    }

    public int Classes { get; }

    public float Temperature { get; private set; }

    public SoftmaxModel WithTemperature(float temperature)
    {
        Temperature = temperature;
        return this;
    }

    /// <summary>Class probabilities for one utterance's features, written into <paramref name="probabilities"/>.</summary>
    public void Predict(int[] features, Span<double> probabilities)
    {
        Scores(features, probabilities);
        for (var c = 0; c < Classes; c++)
        {
            probabilities[c] /= Temperature;
        }
        SoftmaxInPlace(probabilities[..Classes]);
    }

    public static SoftmaxModel Train(IReadOnlyList<(int[] Features, int Label)> examples, int classes, TrainingOptions options)
    {
        var model = new SoftmaxModel(classes);
        var squared = new float[model._weights.Length];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        Span<double> p = stackalloc double[classes];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (features, label) = examples[i];
                model.Scores(features, p);
                SoftmaxInPlace(p);
                var x = Scale(features);
                foreach (var f in features)
                {
                    var row = f * classes;
                    for (var c = 0; c < classes; c++)
                    {
                        var w = row + c;
                        var gradient = (float)(p[c] - (c == label ? 1 : 0)) * x + options.L2 * model._weights[w];
                        squared[w] += gradient * gradient;
                        model._weights[w] -= options.LearningRate * gradient / MathF.Sqrt(squared[w] + 1e-6f);
                    }
                }
            }
        }
        return model;
    }

    private void Scores(int[] features, Span<double> scores)
    {
        scores[..Classes].Clear();
        foreach (var f in features)
        {
            var row = f * Classes;
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += _weights[row + c];
            }
        }
        var x = Scale(features);
        for (var c = 0; c < Classes; c++)
        {
            scores[c] *= x;
        }
    }

    // Each utterance is a unit-length vector: a long one-sentence filing must not outvote by its length alone.
    private static float Scale(int[] features) => features.Length == 0 ? 0 : 1f / MathF.Sqrt(features.Length);

    private static void SoftmaxInPlace(Span<double> v)
    {
        var max = double.NegativeInfinity;
        foreach (var x in v)
        {
            max = Math.Max(max, x);
        }
        var sum = 0.0;
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = Math.Exp(v[i] - max);
            sum += v[i];
        }
        for (var i = 0; i < v.Length; i++)
        {
            v[i] /= sum;
        }
    }
}

/// <summary>The trainer's settings; the defaults were chosen by cross-validation on the training split.</summary>
internal sealed record TrainingOptions(int Epochs = 30, float LearningRate = 0.3f, float L2 = 1e-4f, int Seed = 20261207);
