using PetitionBot.Cases.Reminders;
using PetitionBot.Cases.Retention;
using PetitionBot.Chat.Reminders;
using PetitionBot.Language.Masking;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// Every tick: one scheduling pass, then send what is due, and every <see cref="RetentionOptions.PruneEvery"/> (and at
/// the first tick) subscriptions narrowed to what their subscribers may still see and one bounded round of pruning. Every instance runs it; the database keeps them from doubling up.
/// </summary>
public sealed class ReminderHostedService(
    ReminderScheduler scheduler, ReminderDispatcher dispatcher, ReminderStore store, RetentionOptions retention, TimeProvider time,
    SubscriptionNarrowing narrowing, ReminderHostOptions options, ILogger<ReminderHostedService> logger)
    : BackgroundService
{
    private long _ticks;
    private DateTimeOffset? _prunedAt;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(options.TickInterval);
        do
        {
            await TickAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        // Before the pass, so the first pass after a start already fans out to subscriptions within their sight.
        await UpkeepWhenDueAsync(stoppingToken);
        try
        {
            var pass = await scheduler.RunPassAsync(stoppingToken);
            if (pass.Transitions > 0 || pass.QueuedDigests > 0)
                logger.LogInformation("Reminder pass for {Today}: {Transitions} new yellow/red, {Reminders} reminders and {Digests} digests queued in {Elapsed} ms",
                    pass.Today, pass.Transitions, pass.QueuedReminders, pass.QueuedDigests, (int)pass.Elapsed.TotalMilliseconds);
            foreach (var outcome in await dispatcher.DispatchDueAsync(stoppingToken))
            {
                // Who, masked as everywhere in the logs (赵*), not the subscription's opaque id.
                var d = outcome.Delivery;
                var to = SubscriberForLog(outcome.SubscriberName);
                if (outcome.Status == DeliveryStatus.Failed)
                    logger.LogWarning("Reminder {Key} to {Subscriber} given up after {Attempts} attempt(s): {Error}",
                        d.Key, to, d.Attempts, outcome.Error);
                else if (outcome.Status == DeliveryStatus.Pending)
                    logger.LogWarning("Reminder {Key} to {Subscriber} not delivered (attempt {Attempts}), will retry: {Error}",
                        d.Key, to, d.Attempts, outcome.Error);
                else
                    logger.LogInformation("Reminder {Key} to {Subscriber}: {Status}", d.Key, to, outcome.Status);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The database may be starting or briefly away; the next tick tries again and nothing is lost.
            logger.LogWarning(e, "Reminder tick failed; retrying at the next tick");
        }

        // Lets an operator (and a test) see the scheduler turn without waiting on the wall clock.
        logger.LogDebug("Reminder tick {Tick} done", ++_ticks);
    }

    private static string SubscriberForLog(string? name) =>
        PersonalDataMask.Name(name) is { Length: > 0 } masked ? masked : "(no name)";

    private async Task UpkeepWhenDueAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (_prunedAt is { } last && now - last < retention.PruneEvery)
            return;
        try
        {
            // Users' roles and units come from configuration: the first round after a start applies any change.
            var (narrowed, cancelled) = await narrowing.ApplyAsync(stoppingToken);
            if (narrowed + cancelled > 0)
                logger.LogInformation("Reminder subscriptions kept within their subscribers' sight: {Narrowed} narrowed, {Cancelled} cancelled",
                    narrowed, cancelled);
            var pruned = await store.History.PruneAsync(retention, now, stoppingToken);
            // A round that hit its bound runs again next tick instead of waiting a whole period.
            _prunedAt = pruned.Unfinished ? null : now;
            if (pruned.Total > 0)
                logger.LogInformation("Retention pruned {Delivered} delivered and {Failed} failed reminders, {Transitions} transitions, {Subscriptions} cancelled subscriptions{More}",
                    pruned.DeliveredReminders, pruned.FailedReminders, pruned.Transitions, pruned.CancelledSubscriptions,
                    pruned.Unfinished ? "; more left for the next round" : "");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _prunedAt = now;
            logger.LogWarning(e, "Reminder upkeep (narrowing subscriptions, pruning) failed; retrying in {Every}", retention.PruneEvery);
        }
    }
}
