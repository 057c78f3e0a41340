namespace PetitionBot.Cases.Reminders;

/// <summary>
/// Subscriptions, the per-case transitions already seen, and the send log, in the case database. Every reminder is one
/// row under a unique key (subscriber, reminder), created in the same transaction that records the transition, so two
/// instances sharing the database never both queue it; sending is claimed row by row with a lease.
/// </summary>
public interface IReminderStore : IAsyncDisposable
{
    /// <summary>Creates or updates the subscription of this user in this conversation; returns it with its id.</summary>
    Task<ReminderSubscription> SubscribeAsync(ReminderSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken);

    Task<ReminderSubscription?> FindSubscriptionAsync(string channelId, string conversationId, string userId, CancellationToken cancellationToken);

    Task<ReminderSubscription?> SubscriptionAsync(string id, CancellationToken cancellationToken);

    /// <summary>Deactivates the subscription and cancels what it has not been sent yet; false when there was none active.</summary>
    Task<bool> UnsubscribeAsync(string channelId, string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderSubscription>> ActiveSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Records every open case that is yellow or red (due on or before <paramref name="yellowTo"/>; red before
    /// <paramref name="today"/>) at a stage and colour not seen before, and in the same transaction queues what
    /// <paramref name="fanOut"/> plans for them (called only when there are some). Returns the number of new
    /// transitions and of queued deliveries.
    /// </summary>
    Task<(int Transitions, int Deliveries)> RecordTransitionsAsync(DateOnly today, DateOnly yellowTo, DateTimeOffset now,
        Func<IReadOnlyList<CaseTransition>, CancellationToken, Task<IReadOnlyList<PlannedDelivery>>> fanOut,
        CancellationToken cancellationToken);

    /// <summary>
    /// Hands every open case due on or before <paramref name="yellowTo"/> to <paramref name="read"/>, in no particular
    /// order, as it is read from the index (the cases are not collected).
    /// </summary>
    Task ReadDueCasesAsync(DateOnly yellowTo, Action<DueCase> read, CancellationToken cancellationToken);

    /// <summary>
    /// Active subscriptions whose digest time is at or before <paramref name="timeOfDay"/> and that have no row under
    /// <paramref name="key"/> yet (today's digest): the digests still to queue.
    /// </summary>
    Task<IReadOnlyList<ReminderSubscription>> DigestsDueAsync(TimeOnly timeOfDay, string key, CancellationToken cancellationToken);

    Task<IReadOnlyList<FoldedReminder>> FoldedAsync(CancellationToken cancellationToken);

    /// <summary>Queues digests not queued yet and marks the reminders each reports as digested; returns how many were new.</summary>
    Task<int> QueueDigestsAsync(IReadOnlyList<PlannedDigest> digests, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Reserves up to <paramref name="limit"/> pending deliveries that are due for <paramref name="owner"/> until the lease ends.</summary>
    Task<IReadOnlyList<ReminderDelivery>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken);

    /// <summary>Records a claimed delivery's outcome; <paramref name="retryAt"/> with <see cref="DeliveryStatus.Pending"/> schedules another try.</summary>
    Task CompleteAsync(long id, string owner, DeliveryStatus status, DateTimeOffset now, string? error, DateTimeOffset? retryAt,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> DeliveriesAsync(string? subscriptionId, CancellationToken cancellationToken);
}
