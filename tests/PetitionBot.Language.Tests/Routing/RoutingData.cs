using PetitionBot.Language.Routing;

namespace PetitionBot.Language.Tests.Routing;

/// <summary>The router's labelled sets: what it trains on (beside the app) and the held-out split (beside the tests).</summary>
internal static class RoutingData
{
    public static IReadOnlyList<LabelledUtterance> Training() => TrainedRouter.TrainingFiles().SelectMany(LabelledUtterance.ReadFile).ToList();

    /// <summary>The seeded split of the shared routing set that training never sees; read as totals only.</summary>
    public static IReadOnlyList<LabelledUtterance> HeldOut() =>
        LabelledUtterance.ReadFile(Path.Combine(AppContext.BaseDirectory, "Routing", "routing.heldout.jsonl"));

    public static IReadOnlyList<LabelledUtterance> TrainSplit() =>
        LabelledUtterance.ReadFile(Path.Combine(AppContext.BaseDirectory, TrainedRouter.TrainingFolder, "routing.train.jsonl"));
}
