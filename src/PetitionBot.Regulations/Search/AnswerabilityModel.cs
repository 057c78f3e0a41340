using System.Text.Json;

namespace PetitionBot.Regulations.Search;

/// <summary>
/// The one decision whether the texts answer a question: logistic regression over <see cref="AnswerabilityFeatures"/>,
/// fitted on the training split of the question set and shipped as Search/answerability.json. The model uses the
/// features it names (a subset of <see cref="AnswerabilityFeatures.Names"/>, chosen by out-of-fold cost).
/// </summary>
public sealed class AnswerabilityModel
{
    private readonly int[] _columns;

    public AnswerabilityModel(IReadOnlyList<string> features, double[] means, double[] scales, double[] weights, double bias, double threshold)
    {
        if (means.Length != features.Count || scales.Length != means.Length || weights.Length != means.Length)
            throw new ArgumentException("Every feature needs a mean, a scale and a weight.");
        _columns = features.Select(f => Array.IndexOf(AnswerabilityFeatures.Names, f) is var i and >= 0
            ? i : throw new ArgumentException($"The search computes no feature '{f}'.")).ToArray();
        Features = features.ToArray();
        Means = means;
        Scales = scales;
        Weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    public static AnswerabilityModel Default { get; } = Load();

    /// <summary>The features the model reads, in the order of its weights.</summary>
    public IReadOnlyList<string> Features { get; }

    public double[] Means { get; }
    public double[] Scales { get; }
    public double[] Weights { get; }
    public double Bias { get; }

    /// <summary>Probability at or above which the question is answered.</summary>
    public double Threshold { get; }

    public double Probability(AnswerabilityFeatures features)
    {
        var x = features.ToArray();
        var z = Bias;
        for (var i = 0; i < _columns.Length; i++)
            z += Weights[i] * (x[_columns[i]] - Means[i]) / Scales[i];
        return 1 / (1 + Math.Exp(-z));
    }

    public bool Answers(AnswerabilityFeatures features) => Probability(features) >= Threshold;

    private static AnswerabilityModel Load()
    {
        using var json = EmbeddedJson.Read("answerability.json");
        var root = json.RootElement;
        var names = root.GetProperty("features").EnumerateArray().Select(f => f.GetString()!).ToArray();
        if (names.Any(n => !AnswerabilityFeatures.Names.Contains(n)))
            throw new InvalidDataException("answerability.json lists a feature the search does not compute.");
        double[] Read(string name) => root.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();
        return new AnswerabilityModel(names, Read("means"), Read("scales"), Read("weights"), root.GetProperty("bias").GetDouble(), root.GetProperty("threshold").GetDouble());
    }
}
