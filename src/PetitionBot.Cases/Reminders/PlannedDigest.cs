namespace PetitionBot.Cases.Reminders;

/// <summary>A subscriber's digest for one day, and the held-back reminders it reports.</summary>
public sealed record PlannedDigest(string SubscriptionId, DateOnly Day, string Payload, DateTimeOffset NotBefore, IReadOnlyList<long> FoldedIds);
