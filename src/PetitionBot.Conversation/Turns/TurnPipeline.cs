using Stopwatch = System.Diagnostics.Stopwatch;
using ActivityStatusCode = System.Diagnostics.ActivityStatusCode;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PetitionBot.Conversation.State;
using PetitionBot.Language.DateTimes;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>
/// One turn, one consistent write: read state with its ETag, run the bot with replies held back,
/// write with compare-and-set, and on a conflict run the turn again on fresh state. Only the winning run's replies leave:
/// handed back to the caller, or saved in the conversation's outbox by that same write.
/// </summary>
public sealed class TurnPipeline
{
    private const int RememberedActivityIds = 64;
    private readonly IStateStorage _storage;
    private readonly IBot _bot;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnPipeline> _logger;
    private readonly ConversationLocks _locks = new();
    private readonly TurnPipelineOptions _options;

    public TurnPipeline(IStateStorage storage, IBot bot, TimeProvider time, ILogger<TurnPipeline> logger, int maxAttempts = 20)
        : this(storage, bot, time, logger, new TurnPipelineOptions { MaxAttempts = maxAttempts })
    {
    }

    public TurnPipeline(IStateStorage storage, IBot bot, TimeProvider time, ILogger<TurnPipeline> logger, TurnPipelineOptions options)
    {
        _storage = storage;
        _bot = bot;
        _time = time;
        _logger = logger;
        _options = options;
    }

    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        ProcessAsync(activity, ReplyRoute.Caller, cancellationToken);

    public async Task<TurnResult> ProcessAsync(Activity activity, ReplyRoute route, CancellationToken cancellationToken)
    {
        using var span = TurnTelemetry.Source.StartActivity("bot turn");
        span?.SetTag("petitionbot.channel", activity.ChannelId);
        span?.SetTag("petitionbot.activity.type", activity.Type);
        var started = Stopwatch.GetTimestamp();
        var job = "unrouted";
        var outcome = TurnTelemetry.Outcomes.Failed;
        try
        {
            (var result, job) = await ProcessOnceAsync(activity, route, cancellationToken);
            outcome = result.IsDuplicate ? TurnTelemetry.Outcomes.Duplicate : TurnTelemetry.Outcomes.Answered;
            span?.SetTag("petitionbot.turn.attempts", result.Attempts);
            return result;
        }
        catch (StorageUnavailableException)
        {
            outcome = TurnTelemetry.Outcomes.StorageDown;
            throw;
        }
        finally
        {
            span?.SetTag("petitionbot.job", job);
            span?.SetTag("petitionbot.turn.outcome", outcome);
            if (outcome != TurnTelemetry.Outcomes.Answered && outcome != TurnTelemetry.Outcomes.Duplicate)
                span?.SetStatus(ActivityStatusCode.Error, outcome);
            TurnTelemetry.TurnEnded(job, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <returns>The turn's result and which job took it (for telemetry).</returns>
    private async Task<(TurnResult Result, string Job)> ProcessOnceAsync(Activity activity, ReplyRoute route, CancellationToken cancellationToken)
    {
        var conversationKey = StateKeys.Conversation(activity);
        var userKey = StateKeys.User(activity);
        // Turns of one conversation queue up inside this process; compare-and-set covers other instances.
        using var _ = await _locks.AcquireAsync(conversationKey, cancellationToken);
        var turnKey = TurnContext.KeyOf(activity);
        for (var attempt = 1; ; attempt++)
        {
            IReadOnlyDictionary<string, StateItem> items;
            using (TurnTelemetry.TimeState("read"))
                items = await _storage.ReadAsync(userKey is null ? [conversationKey] : [conversationKey, userKey], cancellationToken);
            var conversationItem = items.GetValueOrDefault(conversationKey);
            var userItem = userKey is null ? null : items.GetValueOrDefault(userKey);
            var conversation = conversationItem?.Deserialize<ConversationData>(ProtocolJson.Options) ?? new ConversationData();
            var user = userItem?.Deserialize<UserData>(ProtocolJson.Options) ?? new UserData();
            var now = _time.GetUtcNow();

            if (activity.Id is { Length: > 0 } id && conversation.ProcessedActivityIds.Contains(id))
            {
                _logger.LogInformation("Activity {ActivityId} in {ConversationKey} was already processed; acknowledged without running", id, conversationKey);
                var remembered = conversation.RecentReplies.LastOrDefault(r => r.ActivityId == id && r.ProcessedAt + _options.ReplayRepliesFor > now);
                return (remembered is null ? TurnResult.Duplicate : TurnResult.Duplicate with { Replies = remembered.Replies }, "unrouted");
            }

            var turn = new TurnContext(activity, conversation, user, ReferenceTime(activity), turnKey) { Job = activity.Type ?? "unrouted" };
            await _bot.OnTurnAsync(turn, cancellationToken);

            if (activity.Id is { Length: > 0 } processedId)
            {
                conversation.ProcessedActivityIds.Add(processedId);
                if (conversation.ProcessedActivityIds.Count > RememberedActivityIds)
                    conversation.ProcessedActivityIds.RemoveRange(0, conversation.ProcessedActivityIds.Count - RememberedActivityIds);
                if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
                    conversation.RecentReplies.Add(new RememberedReplies { ActivityId = processedId, ProcessedAt = now, Replies = [.. turn.Replies] });
            }
            ForgetOldReplies(conversation, now);
            var claimed = route == ReplyRoute.Outbox && turn.Replies.Count > 0 && QueueInOutbox(conversation, turn.Replies, now);

            try
            {
                var userJson = JsonSerializer.SerializeToUtf8Bytes(user, ProtocolJson.Options);
                // User state holds preferences (assignments), written first and only when changed.
                if (userKey is not null && (userItem is null ? user.HasContent : !userItem.Json.Span.SequenceEqual(userJson)))
                {
                    using (TurnTelemetry.TimeState("write"))
                        await _storage.WriteAsync(userKey, StateWrite.Replacing(userItem, userJson), cancellationToken);
                }
                var conversationJson = JsonSerializer.SerializeToUtf8Bytes(conversation, ProtocolJson.Options);
                using (TurnTelemetry.TimeState("write"))
                    await _storage.WriteAsync(conversationKey, StateWrite.Replacing(conversationItem, conversationJson), cancellationToken);
                return (new TurnResult(turn.Replies, turn.InvokeResponse, IsDuplicate: false, Attempts: attempt, OutboxClaimed: claimed), turn.Job);
            }
            catch (StorageConflictException) when (attempt < _options.MaxAttempts)
            {
                TurnTelemetry.Conflict();
                _logger.LogDebug("State conflict on {ConversationKey}, attempt {Attempt}; running the turn again", conversationKey, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), _time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Changes one conversation's state outside a turn (its outbox), under the same lock and compare-and-set as turns,
    /// applying <paramref name="change"/> again to fresh state after a conflict. Nothing is written when nothing changed.
    /// </summary>
    public async Task<T> UpdateConversationAsync<T>(string conversationKey, Func<ConversationData, T> change, CancellationToken cancellationToken)
    {
        using var _ = await _locks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var item = await _storage.ReadAsync(conversationKey, cancellationToken);
            var conversation = item?.Deserialize<ConversationData>(ProtocolJson.Options) ?? new ConversationData();
            var before = item?.Json ?? JsonSerializer.SerializeToUtf8Bytes(conversation, ProtocolJson.Options);
            var result = change(conversation);
            var after = JsonSerializer.SerializeToUtf8Bytes(conversation, ProtocolJson.Options);
            if (before.Span.SequenceEqual(after))
                return result;
            try
            {
                await _storage.WriteAsync(conversationKey, StateWrite.Replacing(item, after), cancellationToken);
                return result;
            }
            catch (StorageConflictException) when (attempt < _options.MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), _time, cancellationToken);
            }
        }
    }

    /// <summary>Appends the replies; claims the outbox for this caller unless someone holds it. True when claimed.</summary>
    private bool QueueInOutbox(ConversationData conversation, IReadOnlyList<Activity> replies, DateTimeOffset now)
    {
        var outbox = conversation.Outbox ??= new ConversationOutbox();
        outbox.Replies.AddRange(replies.Select(reply => new PendingReply { Id = Guid.NewGuid().ToString("N"), QueuedAt = now, Activity = reply }));
        if (outbox.NextTryAt is { } held && held > now)
            return false;
        outbox.NextTryAt = now + _options.OutboxClaimFor;
        return true;
    }

    private void ForgetOldReplies(ConversationData conversation, DateTimeOffset now)
    {
        var recent = conversation.RecentReplies;
        recent.RemoveAll(r => r.ProcessedAt + _options.ReplayRepliesFor <= now);
        if (recent.Count > _options.ReplayRepliesCount)
            recent.RemoveRange(0, recent.Count - _options.ReplayRepliesCount);
    }

    private DateTimeOffset ReferenceTime(Activity activity) =>
        ShanghaiClock.ReferenceFor(activity.LocalTimestamp, _time);
}
