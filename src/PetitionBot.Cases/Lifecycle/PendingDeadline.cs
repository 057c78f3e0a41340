using PetitionBot.Cases.Deadlines;

namespace PetitionBot.Cases.Lifecycle;

/// <summary>The step a case is waiting for and when it is due; independent of today.</summary>
public sealed record PendingDeadline(DeadlineRule Rule, DueDate Due);
