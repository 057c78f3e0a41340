using System.Text.Json;
using Microsoft.Extensions.Logging;
using PetitionBot.Conversation.State;
using PetitionBot.Language.DateTimes;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>
/// One turn, one consistent write: read state with its ETag, run the bot with replies held back,
/// write with compare-and-set, and on a conflict run the turn again on fresh state. Only the winning run's replies leave.
/// </summary>
public sealed class TurnPipeline
{
    private const int RememberedActivityIds = 64;
    private readonly IStateStorage _storage;
    private readonly IBot _bot;
    private readonly TimeProvider _time;
    private readonly ILogger<TurnPipeline> _logger;
    private readonly ConversationLocks _locks = new();
    private readonly int _maxAttempts;

    public TurnPipeline(IStateStorage storage, IBot bot, TimeProvider time, ILogger<TurnPipeline> logger, int maxAttempts = 20)
    {
        _storage = storage;
        _bot = bot;
        _time = time;
        _logger = logger;
        _maxAttempts = maxAttempts;
    }

    public async Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationKey = StateKeys.Conversation(activity);
        var userKey = StateKeys.User(activity);
        // Turns of one conversation queue up inside this process; compare-and-set covers other instances.
        using var _ = await _locks.AcquireAsync(conversationKey, cancellationToken);
        var turnKey = TurnContext.KeyOf(activity);
        for (var attempt = 1; ; attempt++)
        {
            var items = await _storage.ReadAsync(userKey is null ? [conversationKey] : [conversationKey, userKey], cancellationToken);
            var conversationItem = items.GetValueOrDefault(conversationKey);
            var userItem = userKey is null ? null : items.GetValueOrDefault(userKey);
            var conversation = conversationItem?.Deserialize<ConversationData>(ProtocolJson.Options) ?? new ConversationData();
            var user = userItem?.Deserialize<UserData>(ProtocolJson.Options) ?? new UserData();

            if (activity.Id is { Length: > 0 } id && conversation.ProcessedActivityIds.Contains(id))
            {
                _logger.LogInformation("Activity {ActivityId} in {ConversationKey} was already processed; acknowledged without running", id, conversationKey);
                return TurnResult.Duplicate;
            }

            var turn = new TurnContext(activity, conversation, user, ReferenceTime(activity), turnKey);
            await _bot.OnTurnAsync(turn, cancellationToken);

            if (activity.Id is { Length: > 0 } processedId)
            {
                conversation.ProcessedActivityIds.Add(processedId);
                if (conversation.ProcessedActivityIds.Count > RememberedActivityIds)
                    conversation.ProcessedActivityIds.RemoveRange(0, conversation.ProcessedActivityIds.Count - RememberedActivityIds);
            }

            try
            {
                var userJson = JsonSerializer.SerializeToUtf8Bytes(user, ProtocolJson.Options);
                // User state holds preferences (assignments), written first and only when changed.
                if (userKey is not null && (userItem is null ? user.HasContent : !userItem.Json.Span.SequenceEqual(userJson)))
                    await _storage.WriteAsync(userKey, StateWrite.Replacing(userItem, userJson), cancellationToken);
                var conversationJson = JsonSerializer.SerializeToUtf8Bytes(conversation, ProtocolJson.Options);
                await _storage.WriteAsync(conversationKey, StateWrite.Replacing(conversationItem, conversationJson), cancellationToken);
                return new TurnResult(turn.Replies, turn.InvokeResponse, IsDuplicate: false, Attempts: attempt);
            }
            catch (StorageConflictException) when (attempt < _maxAttempts)
            {
                _logger.LogDebug("State conflict on {ConversationKey}, attempt {Attempt}; running the turn again", conversationKey, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), _time, cancellationToken);
            }
        }
    }

    private DateTimeOffset ReferenceTime(Activity activity) =>
        ShanghaiClock.ReferenceFor(activity.LocalTimestamp, _time);
}
