using System.Diagnostics;
using System.Diagnostics.Metrics;
using PetitionBot.Cases.Reminders;

namespace PetitionBot.Cases;

/// <summary>
/// The case records' trace source and meter: a span and a latency entry per database operation (cases and
/// reminders), and reminder deliveries by how they ended. Tags are operation and status names, never case data.
/// </summary>
public static class CasesTelemetry
{
    public const string Name = "PetitionBot.Cases";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> StoreDuration =
        Meter.CreateHistogram<double>("petitionbot.store.duration", unit: "s", description: "Case and reminder database operations, by operation and outcome");

    private static readonly Counter<long> Reminders =
        Meter.CreateCounter<long>("petitionbot.reminders", description: "Reminder delivery attempts, by result: sent, deferred (to retry), failed, cancelled, obsolete");

    public static void StoreOperation(string operation, TimeSpan elapsed, bool failed) =>
        StoreDuration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("outcome", failed ? "unavailable" : "ok"));

    public static void ReminderAttempted(DeliveryStatus status) =>
        Reminders.Add(1, new KeyValuePair<string, object?>("result", status == DeliveryStatus.Pending ? "deferred" : status.ToString().ToLowerInvariant()));
}
