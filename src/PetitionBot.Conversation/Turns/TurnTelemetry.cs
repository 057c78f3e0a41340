using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PetitionBot.Conversation.Turns;

/// <summary>
/// Traces and metrics of turns: a span per turn with the state reads and writes inside it, turns counted by job and
/// outcome, and their latency. Tags are low-cardinality names (job, outcome, operation), never what anyone typed or
/// who they are. The host exports whatever listens to sources and meters named "PetitionBot.*".
/// </summary>
public static class TurnTelemetry
{
    public const string Name = "PetitionBot.Conversation";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("petitionbot.turns", description: "Turns processed, by job and outcome");

    private static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("petitionbot.turn.duration", unit: "s", description: "Time from reading state to saving it, by job");

    private static readonly Histogram<double> StateDuration =
        Meter.CreateHistogram<double>("petitionbot.state.duration", unit: "s", description: "Conversation state reads and writes, by operation");

    private static readonly Counter<long> StateConflicts =
        Meter.CreateCounter<long>("petitionbot.state.conflicts", description: "Turns run again because another instance saved first");

    /// <summary>Outcomes of a turn.</summary>
    public static class Outcomes
    {
        public const string Answered = "answered";
        public const string Duplicate = "duplicate";
        public const string StorageDown = "storage-down";
        public const string Failed = "failed";
    }

    public static void TurnEnded(string job, string outcome, TimeSpan elapsed)
    {
        var jobTag = new KeyValuePair<string, object?>("job", job);
        Turns.Add(1, jobTag, new KeyValuePair<string, object?>("outcome", outcome));
        TurnDuration.Record(elapsed.TotalSeconds, jobTag);
    }

    public static void Conflict() => StateConflicts.Add(1);

    /// <summary>Times one state operation ("read", "write") as a child span and a histogram entry, until disposed.
    /// A struct, so the turn's hot path allocates nothing for it when no one listens.</summary>
    public static StateTimer TimeState(string operation) => new(operation, Source.StartActivity("state " + operation, ActivityKind.Client));

    public readonly struct StateTimer(string operation, Activity? span) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Dispose()
        {
            StateDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
            span?.Dispose();
        }
    }
}
