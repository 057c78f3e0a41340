using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PetitionBot.Regulations.Telemetry;

/// <summary>
/// The regulation answers' trace source and meter: a span per clause search and per model call, search latency and
/// model calls by outcome. No question text or answer goes into a tag.
/// </summary>
public static class RegulationTelemetry
{
    public const string Name = "PetitionBot.Regulations";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> SearchDuration =
        Meter.CreateHistogram<double>("petitionbot.regulations.search.duration", unit: "s", description: "Clause searches");

    private static readonly Counter<long> ModelCalls =
        Meter.CreateCounter<long>("petitionbot.regulations.llm.calls", description: "Calls to the language model, by outcome (ok or the failure's code)");

    public static void Searched(TimeSpan elapsed, int hits)
    {
        SearchDuration.Record(elapsed.TotalSeconds);
        Activity.Current?.SetTag("petitionbot.regulations.hits", hits);
    }

    public static void ModelCalled(string outcome) =>
        ModelCalls.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
