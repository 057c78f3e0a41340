using System.Collections.Concurrent;
using System.Text.Json;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Language.DateTimes;

namespace PetitionBot.Cases.Reminders;

/// <summary>
/// Sends what the scheduler queued. Each delivery is claimed with a lease before it is sent, so two instances never
/// send the same row; a failed send goes back to pending with a later not-before, and after the attempt bound it is
/// recorded as failed. Case reminders are written from the case as it is when sent, and dropped if it has moved on.
/// </summary>
public sealed class ReminderDispatcher(
    ReminderStore store, ICaseStore cases, CaseDeadlines deadlines, IReminderSender sender, ReminderOptions options, TimeProvider time,
    IPersonNames? names = null)
{
    // Bounds one round, so a flood of deliveries cannot keep a tick from ending.
    private const int MaxBatchesPerRound = 50;

    /// <summary>This instance's name in claims; unique per process.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<IReadOnlyList<DeliveryOutcome>> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentQueue<DeliveryOutcome>();
        for (var batch = 0; batch < MaxBatchesPerRound; batch++)
        {
            var claimed = await store.Deliveries.ClaimDueAsync(Owner, time.GetUtcNow(), options.DeliveryLease, options.ClaimBatchSize, cancellationToken);
            if (claimed.Count == 0)
                break;
            // One subscriber's reminders go in order (case reminders before the digest); subscribers in parallel.
            var bySubscriber = claimed.GroupBy(d => d.SubscriptionId).ToList();
            using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var heartbeat = RenewClaimsWhileSendingAsync(sending.Token);
            try
            {
                await Parallel.ForEachAsync(bySubscriber,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.SendParallelism), CancellationToken = cancellationToken },
                    async (deliveries, ct) =>
                    {
                        var subscription = await store.Subscriptions.SubscriptionAsync(deliveries.Key, ct);
                        foreach (var delivery in deliveries)
                            outcomes.Enqueue(await DeliverAsync(delivery, subscription, ct) with { SubscriberName = NameOf(subscription) });
                    });
            }
            finally
            {
                await sending.CancelAsync();
                await heartbeat;
            }
        }
        return [.. outcomes];
    }

    /// <summary>
    /// While a batch is being sent, renews its claims every third of the lease, so a slow channel never lets another
    /// instance take a row still in flight, and a crashed instance's claims lapse within one lease.
    /// </summary>
    private async Task RenewClaimsWhileSendingAsync(CancellationToken sending)
    {
        var beat = TimeSpan.FromTicks(Math.Max(options.DeliveryLease.Ticks / 3, TimeSpan.FromMilliseconds(50).Ticks));
        while (!sending.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(beat, time, sending);
                await store.Deliveries.RenewClaimsAsync(Owner, time.GetUtcNow(), options.DeliveryLease, sending);
            }
            catch (OperationCanceledException) when (sending.IsCancellationRequested)
            {
                return;
            }
            catch (CaseStoreUnavailableException)
            {
                // The database is briefly away; the next beat tries again, well within the lease.
            }
        }
    }

    /// <summary>Who a subscription belongs to: the name the channel gave, else the directory's.</summary>
    private string? NameOf(ReminderSubscription? subscription) =>
        subscription is null ? null : subscription.UserName ?? names?.NameOf(subscription.UserId);

    private async Task<DeliveryOutcome> DeliverAsync(ReminderDelivery delivery, ReminderSubscription? subscription, CancellationToken ct)
    {
        if (subscription is not { IsActive: true })
            return await CompleteAsync(delivery, DeliveryStatus.Cancelled, null, null, ct);
        (ReminderMessage Text, bool InSight)? message;
        try
        {
            message = await MessageAsync(delivery, subscription, ct);
        }
        catch (CaseStoreUnavailableException e)
        {
            return await RetryOrGiveUpAsync(delivery, e.Message, ct);
        }
        if (message is null)
            return await CompleteAsync(delivery, DeliveryStatus.Obsolete, null, null, ct);
        // Queued before the subscriber's sight narrowed (role or units changed): no longer theirs to hear about.
        if (!message.Value.InSight)
            return await CompleteAsync(delivery, DeliveryStatus.Cancelled, null, null, ct);

        SendOutcome outcome;
        try
        {
            outcome = await sender.SendAsync(subscription, message.Value.Text, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            outcome = SendOutcome.RetryLater($"{e.GetType().Name}: {e.Message}");
        }
        return outcome.Result switch
        {
            SendResult.Sent => await CompleteAsync(delivery, DeliveryStatus.Sent, null, null, ct),
            SendResult.Refused => await CompleteAsync(delivery, DeliveryStatus.Failed, outcome.Error, null, ct),
            _ => await RetryOrGiveUpAsync(delivery, outcome.Error, ct, outcome.RetryAt),
        };
    }

    /// <summary>Back to pending after the back-off, or later still when the channel named a later time (Retry-After).</summary>
    private Task<DeliveryOutcome> RetryOrGiveUpAsync(ReminderDelivery delivery, string? error, CancellationToken ct, DateTimeOffset? channelRetryAt = null)
    {
        if (delivery.Attempts >= options.MaxDeliveryAttempts)
            return CompleteAsync(delivery, DeliveryStatus.Failed, $"gave up after {delivery.Attempts} attempts: {error}", null, ct);
        var retryAt = time.GetUtcNow() + options.RetryDelayAfter(delivery.Attempts);
        if (channelRetryAt > retryAt)
            retryAt = channelRetryAt.Value;
        return CompleteAsync(delivery, DeliveryStatus.Pending, error, retryAt, ct);
    }

    /// <summary>The message as it would read now, and whether its case is still within the subscriber's sight; null when moot.</summary>
    private async Task<(ReminderMessage Text, bool InSight)?> MessageAsync(ReminderDelivery delivery, ReminderSubscription subscription,
        CancellationToken ct)
    {
        if (delivery.Kind == ReminderKind.Digest)
        {
            var content = JsonSerializer.Deserialize<DigestContent>(delivery.Payload ?? "null")
                ?? throw new InvalidDataException($"Digest {delivery.Id} has no content.");
            return (ReminderWriter.Digest(content), true);
        }
        if (delivery.CaseNumber is not { } number || await cases.GetByNumberAsync(number, ct) is not { } c)
            return null;
        var today = ShanghaiClock.Today(time);
        var due = deadlines.NextDue(c, today);
        // Handled since, or turned red while a yellow one waited: this message would be wrong now.
        if (due is null || due.Step != delivery.Step || due.Colour != delivery.Colour)
            return null;
        var inSight = subscription.Covers(new DueCase(c.Number, due.Step, due.Date, c.RegisteringUnit, c.ResponsibleUnit, c.HandlingOfficer));
        return (ReminderWriter.CaseAlert(c, due, c.HandlingOfficer is { } officer ? names?.NameOf(officer) ?? officer : null), inSight);
    }

    private async Task<DeliveryOutcome> CompleteAsync(ReminderDelivery delivery, DeliveryStatus status, string? error,
        DateTimeOffset? retryAt, CancellationToken ct)
    {
        await store.Deliveries.CompleteAsync(delivery.Id, Owner, delivery.Attempts, status, time.GetUtcNow(), error, retryAt, ct);
        CasesTelemetry.ReminderAttempted(status);
        return new DeliveryOutcome(delivery, status, error);
    }
}
