using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>A case reminder held back on a rest day (or beyond the per-pass limit), waiting for a digest.</summary>
public sealed record FoldedReminder(long Id, string SubscriptionId, string CaseNumber, DeadlineColour Colour);
