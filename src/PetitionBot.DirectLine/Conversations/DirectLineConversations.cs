using System.Text.Json;
using Microsoft.Extensions.Logging;
using PetitionBot.DirectLine.Storage;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Conversations;

/// <summary>
/// The channel's core, free of HTTP: starts conversations, stamps and logs user activities (the echo Web Chat
/// waits for), runs the bot and logs its replies, reads logs for polling and streams.
/// </summary>
public sealed class DirectLineConversations(
    IActivityLog log, IConversationSignals signals, IDirectLineBot bot, DirectLineOptions options, TimeProvider time,
    TokenSigningKey key, ILogger<DirectLineConversations> logger) : IDirectLineConversations
{
    public const string ChannelId = "directline";

    public ChannelAccount BotAccount => new() { Id = options.BotId, Name = options.BotName, Role = "bot" };

    /// <summary>
    /// Starts the conversation once: records it and sends the bot one conversationUpdate adding the bot and the user.
    /// A bot failure here is logged, not fatal: the user can still talk.
    /// </summary>
    public async Task<StartedConversation> StartAsync(
        string conversationId, ChannelAccount user, string serviceUrl, string? locale, CancellationToken cancellationToken)
    {
        var info = new ConversationInfo(user.Id!, user.Name, serviceUrl, time.GetUtcNow());
        if (!await log.CreateAsync(conversationId, info, cancellationToken).ConfigureAwait(false))
            return new StartedConversation(conversationId, IsNew: false);

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = conversationId + "|start",
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = UserAccount(info),
            Recipient = BotAccount,
            Locale = locale,
            MembersAdded = [BotAccount, UserAccount(info)],
        };
        try
        {
            var replies = await bot.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
            foreach (var reply in replies)
                await AppendFromBotAsync(conversationId, info, reply, replyToId: null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The bot failed on the conversationUpdate of Direct Line conversation {ConversationId}", conversationId);
        }
        return new StartedConversation(conversationId, IsNew: true);
    }

    /// <summary>
    /// The conversation a signing-in user gets: their latest one while it lasts, with its history and any reminders
    /// that arrived while they were away, else a new one.
    /// </summary>
    public async Task<string> ConversationForUserAsync(string userId, CancellationToken cancellationToken) =>
        await log.LatestOfUserAsync(userId, cancellationToken).ConfigureAwait(false) ?? ConversationIds.NewConversationId();

    /// <inheritdoc />
    public async Task<string> DeliverToUserAsync(ChannelAccount user, string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var userId = user.Id ?? throw new ArgumentException("The user has no id.", nameof(user));
        var conversationId = await log.LatestOfUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (conversationId is null)
        {
            // No bot welcome here: the delivered message is what the user will see first.
            conversationId = ConversationIds.Mailbox(key.Bytes, userId, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            await log.CreateAsync(conversationId, new ConversationInfo(userId, user.Name, serviceUrl, time.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
        }
        var info = await log.FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConversationNotFoundException(conversationId);
        return await AppendFromBotAsync(conversationId, info, activity, replyToId: null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await log.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null;

    public Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        log.FindAsync(conversationId, cancellationToken);

    /// <summary>
    /// Logs a user's activity (stamped: id, timestamp, channel, conversation, recipient, serviceUrl; the client's
    /// channelData kept), then runs the bot and logs its replies. Returns the activity id.
    /// </summary>
    /// <exception cref="ConversationNotFoundException">The conversation does not exist.</exception>
    /// <exception cref="DirectLineBotFailedException">The activity is logged but the bot failed.</exception>
    /// <exception cref="DirectLineStorageUnavailableException">The log, or the bot's own storage, cannot be reached.</exception>
    public async Task<string> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var info = await log.FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConversationNotFoundException(conversationId);
        activity.Id = null;
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = info.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = BotAccount;
        activity.From ??= UserAccount(info);
        activity.From.Role = "user";
        activity.Id = await AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);

        // Typing from the user is shown to nobody else here and asks nothing of the bot.
        if (activity.IsType(ActivityTypes.Typing))
            return activity.Id;

        IReadOnlyList<Activity> replies;
        try
        {
            replies = await bot.ProcessAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not DirectLineStorageUnavailableException
                                  && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            throw new DirectLineBotFailedException($"The bot failed on activity {activity.Id}.", e);
        }
        foreach (var reply in replies)
            await AppendFromBotAsync(conversationId, info, reply, activity.Id, cancellationToken).ConfigureAwait(false);
        return activity.Id;
    }

    /// <inheritdoc />
    async Task<string> IDirectLineConversations.AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var info = await log.FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConversationNotFoundException(conversationId);
        return await AppendFromBotAsync(conversationId, info, activity, activity.ReplyToId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads from a watermark (the number of activities already seen).</summary>
    public async Task<ActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var entries = await log.ReadAsync(conversationId, watermark, options.PageSize, cancellationToken).ConfigureAwait(false);
        var activities = new List<Activity>(entries.Count);
        foreach (var entry in entries)
        {
            var activity = JsonSerializer.Deserialize<Activity>(entry.Json, ProtocolJson.Options)!;
            activity.Id = ConversationIds.ActivityId(conversationId, entry.Index);
            activities.Add(activity);
        }
        return new ActivityPage(activities, entries.Count > 0 ? entries[^1].Index + 1 : Math.Max(0, watermark));
    }

    private async Task<string> AppendFromBotAsync(
        string conversationId, ConversationInfo info, Activity reply, string? replyToId, CancellationToken cancellationToken)
    {
        reply.Id = null;
        reply.Timestamp = time.GetUtcNow();
        reply.ChannelId = ChannelId;
        reply.ServiceUrl = info.ServiceUrl;
        reply.Conversation = new ConversationAccount { Id = conversationId };
        reply.From = new ChannelAccount { Id = reply.From?.Id ?? options.BotId, Name = reply.From?.Name ?? options.BotName, Role = "bot" };
        reply.Recipient = UserAccount(info);
        reply.ReplyToId = replyToId;
        return await AppendAsync(conversationId, reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var id = activity.Id;
        activity.Id = null;
        var position = await log.AppendAsync(conversationId, JsonSerializer.Serialize(activity, ProtocolJson.Options), cancellationToken)
            .ConfigureAwait(false);
        activity.Id = id;
        await signals.PublishAsync(new ConversationSignal(conversationId, ConversationSignalKind.Appended), cancellationToken).ConfigureAwait(false);
        return ConversationIds.ActivityId(conversationId, position);
    }

    private static ChannelAccount UserAccount(ConversationInfo info) => new() { Id = info.UserId, Name = info.UserName, Role = "user" };
}
