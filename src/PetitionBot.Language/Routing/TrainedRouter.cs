using PetitionBot.Language.Intents;

namespace PetitionBot.Language.Routing;

/// <summary>
/// The statistical half of routing: a softmax model trained, at first use, from the labelled utterances shipped in
/// <c>Routing/Training/</c> beside the app (deterministic: same files, same model). Returns calibrated probabilities
/// per job; the rules for certainties live in <see cref="IntentRouter"/>.
/// </summary>
public static class TrainedRouter
{
    public const string TrainingFolder = "Routing/Training";

    private static readonly Lazy<SoftmaxModel> Model = new(TrainFromFiles, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the segmenter and trains the model now instead of on the first message.</summary>
    public static void WarmUp() => _ = Model.Value;

    /// <summary>The files the model is trained from.</summary>
    public static IReadOnlyList<string> TrainingFiles() =>
        Directory.GetFiles(TrainingPath, "*.jsonl").Order(StringComparer.Ordinal).ToList();

    internal static string TrainingPath => Path.Combine(AppContext.BaseDirectory, TrainingFolder);

    /// <summary>Every job with its probability, best first.</summary>
    public static IReadOnlyList<IntentScore> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Rank(Model.Value, text);
    }

    /// <summary>The same, for an utterance the router has already folded and read entities from.</summary>
    internal static IReadOnlyList<IntentScore> Classify(IntentText text, IReadOnlyList<IntentEntity> entities) =>
        Rank(Model.Value, RouteFeatures.Extract(text, entities));

    internal static IReadOnlyList<IntentScore> Rank(SoftmaxModel model, string text) => Rank(model, RouteFeatures.Extract(text));

    private static IReadOnlyList<IntentScore> Rank(SoftmaxModel model, int[] features)
    {
        Span<double> p = stackalloc double[RouteLabels.Count];
        model.Predict(features, p);
        var ranked = new IntentScore[RouteLabels.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = new IntentScore(RouteLabels.IntentAt(i), p[i]);
        }
        Array.Sort(ranked, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Intent.CompareTo(b.Intent));
        return ranked;
    }

    private static SoftmaxModel TrainFromFiles()
    {
        var files = TrainingFiles();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"No routing training files (*.jsonl) in {TrainingPath}.");
        }
        return RouterTrainer.Train(files.SelectMany(LabelledUtterance.ReadFile).ToList(), RouterCalibration.Read().Temperature);
    }
}
