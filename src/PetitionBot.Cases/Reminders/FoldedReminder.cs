using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Reminders;

/// <summary>A case reminder held back on a rest day, waiting for the next working day's digest.</summary>
public sealed record FoldedReminder(long Id, string SubscriptionId, string CaseNumber, DeadlineColour Colour);
