namespace PetitionBot.Cases.Retention;

/// <summary>
/// How long what only grows is kept (section <c>Retention</c>). Cases and their history are records and are never
/// pruned; what goes is the reminder machinery's past: finished sends, transitions no case still stands at, cancelled
/// subscriptions, and idle conversation state.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>The shortest retention accepted: today's digests and transitions are looked up while they matter.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromDays(2);

    /// <summary>Reminder deliveries sent, reported in a digest, made obsolete or cancelled, by the age of the row.</summary>
    public TimeSpan DeliveredReminders { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Deliveries given up on or refused; kept longer, so an operator can still see what was missed and why.</summary>
    public TimeSpan FailedReminders { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Yellow/red transitions recorded this long ago, once their case is closed or has moved to another step.</summary>
    public TimeSpan Transitions { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Cancelled subscriptions unchanged this long, once none of their deliveries is left.</summary>
    public TimeSpan CancelledSubscriptions { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// Conversation state (forms, replies kept for replay) not read or written this long expires, unless
    /// <c>Redis:SlidingTtl</c> or <c>MemoryState:SlidingTtl</c> says otherwise; zero keeps it until deleted.
    /// </summary>
    public TimeSpan ConversationState { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Rows deleted by one statement, so pruning never holds long locks.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Statements per table in one pruning round; what is left waits for the next round.</summary>
    public int MaxBatchesPerRound { get; set; } = 20;

    /// <summary>How often the reminder scheduler prunes.</summary>
    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Throws when a setting would prune what is still in use, or never make progress.</summary>
    public RetentionOptions Validated()
    {
        foreach (var (name, value) in new[]
                 {
                     (nameof(DeliveredReminders), DeliveredReminders), (nameof(FailedReminders), FailedReminders),
                     (nameof(Transitions), Transitions), (nameof(CancelledSubscriptions), CancelledSubscriptions),
                 })
        {
            if (value < Shortest)
                throw new InvalidOperationException($"Retention:{name} must be at least {Shortest.TotalDays:0} days (is {value}).");
        }
        if (ConversationState < TimeSpan.Zero || (ConversationState > TimeSpan.Zero && ConversationState < TimeSpan.FromHours(1)))
            throw new InvalidOperationException($"Retention:ConversationState must be zero (keep) or at least an hour (is {ConversationState}).");
        if (BatchSize is < 1 or > 10_000)
            throw new InvalidOperationException($"Retention:BatchSize must be between 1 and 10000 (is {BatchSize}).");
        if (MaxBatchesPerRound < 1)
            throw new InvalidOperationException($"Retention:MaxBatchesPerRound must be at least 1 (is {MaxBatchesPerRound}).");
        if (PruneEvery < TimeSpan.FromMinutes(1))
            throw new InvalidOperationException($"Retention:PruneEvery must be at least a minute (is {PruneEvery}).");
        return this;
    }
}
