using PetitionBot.Conversation.State;
using PetitionBot.Conversation.Turns;
using PetitionBot.Channels;

namespace PetitionBot.Channels.Delivery;

/// <summary>
/// Sends the replies saved in conversations' outboxes through the channel that serves each, after the HTTP response: in order per
/// conversation, one conversation by one loop in this process, each reply removed once the channel took it. A failed
/// reply is retried with back-off, from here or — after a stop — by whichever instance sweeps the <see cref="OutboxIndex"/>.
/// </summary>
public sealed class OutboxDelivery(
    TurnPipeline pipeline, OutboxIndex index, ChannelRegistry channels, MessagesOptions options, TimeProvider time,
    ILogger<OutboxDelivery> logger) : BackgroundService
{
    private readonly OutboxSteps steps = new(options, time);
    private const int ConcurrentConversations = 16;
    private readonly object _gate = new();
    // Conversations with a loop running here, and what was asked of them meanwhile.
    private readonly Dictionary<string, DeliveryRequest?> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = new(ConcurrentConversations);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    /// <summary>Delivers a conversation's outbox in the background; <paramref name="claimed"/> when this instance's turn just claimed it.</summary>
    public void Deliver(string conversationKey, bool claimed = false) => Start(conversationKey, new DeliveryRequest(claimed, FromSweep: false));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var linked = stoppingToken.Register(_stopping.Cancel);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var key in await index.ListedAsync(stoppingToken))
                    Start(key, new DeliveryRequest(Claimed: false, FromSweep: true));
            }
            catch (StorageUnavailableException e)
            {
                logger.LogWarning(e, "Could not look for undelivered replies; trying again in {SweepEvery}", options.DeliverySweepEvery);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A broken index document must not stop the host; the next sweep tries again.
                logger.LogError(e, "Looking for undelivered replies failed; trying again in {SweepEvery}", options.DeliverySweepEvery);
            }
            await Task.Delay(options.DeliverySweepEvery, time, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task[] loops;
        lock (_gate) loops = [.. _loops];
        try
        {
            // The loops release the outboxes they hold; the host's shutdown timeout bounds the wait.
            await Task.WhenAll(loops).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        await base.StopAsync(cancellationToken);
    }

    private void Start(string conversationKey, DeliveryRequest request)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(conversationKey, out var waiting))
            {
                _running[conversationKey] = waiting is null ? request : waiting.Merge(request);
                return;
            }
            _running[conversationKey] = null;
            var loop = Task.Run(() => RunAsync(conversationKey, request));
            _loops.Add(loop);
            _ = loop.ContinueWith(done =>
            {
                lock (_gate) _loops.Remove(done);
            }, TaskScheduler.Default);
        }
    }

    private async Task RunAsync(string conversationKey, DeliveryRequest request)
    {
        while (true)
        {
            try
            {
                await _slots.WaitAsync(_stopping.Token);
                try
                {
                    await DeliverAsync(conversationKey, request, _stopping.Token);
                }
                finally
                {
                    _slots.Release();
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (StorageUnavailableException e)
            {
                logger.LogWarning(e, "State storage unavailable while delivering replies of {ConversationKey}; the sweep tries again", conversationKey);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Delivering replies of {ConversationKey} failed; the sweep tries again", conversationKey);
            }

            lock (_gate)
            {
                if (_running[conversationKey] is not { } next || _stopping.IsCancellationRequested)
                {
                    _running.Remove(conversationKey);
                    return;
                }
                _running[conversationKey] = null;
                request = next;
            }
        }
    }

    private async Task DeliverAsync(string conversationKey, DeliveryRequest request, CancellationToken ct)
    {
        var holds = request.Claimed;
        try
        {
            await DeliverInOrderAsync(conversationKey, request, () => holds = true, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested && holds)
        {
            await ReleaseAsync(conversationKey);
            throw;
        }
    }

    /// <summary>On shutdown, frees an outbox this instance holds, so that the next instance need not wait for the claim to run out.</summary>
    private async Task ReleaseAsync(string conversationKey)
    {
        using var brief = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await pipeline.UpdateConversationAsync(conversationKey, steps.Release, brief.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or StorageUnavailableException or StorageConflictException)
        {
            logger.LogInformation("Could not release the outbox of {ConversationKey} on shutdown; it is taken over when its claim runs out", conversationKey);
        }
    }

    private async Task DeliverInOrderAsync(string conversationKey, DeliveryRequest request, Action claimed, CancellationToken ct)
    {
        var holds = request.Claimed;
        while (true)
        {
            var next = await pipeline.UpdateConversationAsync(conversationKey, c => steps.TakeNext(c, holds), ct);
            if (next.GivenUp.Count > 0)
            {
                logger.LogError("Gave up {Count} replies to {ConversationKey} on {ChannelId}: not delivered within {GiveUpAfter}",
                    next.GivenUp.Count, conversationKey, next.GivenUp[0].Activity.ChannelId, options.DeliveryGiveUpAfter);
            }
            if (next.IsEmpty)
            {
                if (request.FromSweep)
                    await index.UnlistIfIdleAsync(conversationKey, ct);
                return;
            }
            if (next.Reply is null)
                return; // someone else holds the outbox, or it waits for its back-off
            holds = true;
            claimed();

            var outcome = await SendAsync(conversationKey, next.Reply, ct);
            if (outcome == SendStatus.RetryLater)
            {
                var wait = await pipeline.UpdateConversationAsync(conversationKey, c => steps.BackOff(c, next.Reply.Id), ct);
                // A little after the back-off ends, so that the outbox is surely free again.
                if (wait is { } delay)
                    _ = WakeAfterAsync(conversationKey, delay + TimeSpan.FromMilliseconds(200));
                return;
            }
            await pipeline.UpdateConversationAsync(conversationKey, c => steps.Remove(c, next.Reply.Id), ct);
        }
    }

    private async Task<SendStatus> SendAsync(string conversationKey, PendingReply reply, CancellationToken ct)
    {
        var to = OutboundReference.Of(reply.Activity);
        if (channels.For(to) is not { } channel)
        {
            logger.LogError("Dropped a reply to {ConversationKey}: no channel serves {ChannelId}", conversationKey, reply.Activity.ChannelId);
            return SendStatus.Refused;
        }
        var result = await ChannelTelemetry.SendAsync(channel, "reply", to, reply.Activity, ct);
        if (result.Status == SendStatus.Refused)
            logger.LogError("Dropped a reply to {ConversationKey} on {Channel}: {Reason}", conversationKey, channel.Name, result.Reason);
        else if (result.Status == SendStatus.RetryLater)
            logger.LogWarning("Could not deliver a reply to {ConversationKey} on {Channel}; it stays in the outbox: {Reason}",
                conversationKey, channel.Name, result.Reason);
        return result.Status;
    }

    private async Task WakeAfterAsync(string conversationKey, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, time, _stopping.Token);
            Deliver(conversationKey);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
        {
            // Stopping: the next instance's sweep takes over.
        }
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    private sealed record DeliveryRequest(bool Claimed, bool FromSweep)
    {
        public DeliveryRequest Merge(DeliveryRequest other) => new(Claimed || other.Claimed, FromSweep || other.FromSweep);
    }
}
