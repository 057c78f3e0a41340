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

    /// <summary>Times one state operation ("read", "write") as a child span and a histogram entry.</summary>
    public static async Task<T> TimeStateAsync<T>(string operation, Func<Task<T>> run)
    {
        using var span = Source.StartActivity("state " + operation, ActivityKind.Client);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await run();
        }
        finally
        {
            StateDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
        }
    }

    /// <inheritdoc cref="TimeStateAsync{T}"/>
    public static Task TimeStateAsync(string operation, Func<Task> run) =>
        TimeStateAsync(operation, async () => { await run(); return true; });
}
