namespace PetitionBot.Cases.Reminders;

/// <summary>What one scheduling pass found and queued.</summary>
public sealed record SchedulerPass(DateTimeOffset At, DateOnly Today, int Transitions, int QueuedReminders, int QueuedDigests, TimeSpan Elapsed);
