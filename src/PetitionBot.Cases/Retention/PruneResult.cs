namespace PetitionBot.Cases.Retention;

/// <summary>Rows one pruning round removed, by what they were; <see cref="Unfinished"/> when a table had more than the round's bound.</summary>
public sealed record PruneResult(int DeliveredReminders, int FailedReminders, int Transitions, int CancelledSubscriptions, bool Unfinished)
{
    public int Total => DeliveredReminders + FailedReminders + Transitions + CancelledSubscriptions;
}
