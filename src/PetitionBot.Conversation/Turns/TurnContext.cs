using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>One run of one turn: the incoming activity, the state it may change, and the replies held back until the state is saved.</summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];

    /// <param name="idempotencyKey">The turn's key, the same for every run of it; from the activity when not given.</param>
    public TurnContext(Activity activity, ConversationData conversation, UserData user, DateTimeOffset referenceTime, string? idempotencyKey = null)
    {
        IdempotencyKey = idempotencyKey ?? KeyOf(activity);
        Activity = activity;
        Conversation = conversation;
        User = user;
        ReferenceTime = referenceTime;
    }

    public Activity Activity { get; }

    /// <summary>
    /// The same for every run of one turn (a compare-and-set retry, a channel's re-delivery of the same activity id), so
    /// what the turn files or changes is done once.
    /// </summary>
    public string IdempotencyKey { get; }

    /// <summary>channel/conversation/activity id; an activity without an id gets a key of its own.</summary>
    public static string KeyOf(Activity activity) =>
        $"{activity.ChannelId}/{activity.Conversation?.Id}/{(activity.Id is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N"))}";

    /// <summary>Conversation state; saved with compare-and-set when the turn ends.</summary>
    public ConversationData Conversation { get; }

    /// <summary>Per-user state, saved together with the conversation state.</summary>
    public UserData User { get; }

    /// <summary>"Now" as the user sees it: the activity's local timestamp, else Asia/Shanghai server time.</summary>
    public DateTimeOffset ReferenceTime { get; }

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>
    /// Which of the bot's jobs took the turn ("help", "visit-form" …), set by the bot for traces and metrics; a short
    /// name from a fixed set, never the user's words. The activity's type until the bot says otherwise.
    /// </summary>
    public string Job { get; set; } = "unrouted";

    /// <summary>The synchronous answer to an invoke activity, if the bot produced one.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Queues a reply; nothing leaves the process until the turn's state is saved.</summary>
    public Activity Send(Activity reply)
    {
        reply.ApplyConversationReference(Activity.GetConversationReference());
        _replies.Add(reply);
        return reply;
    }

    public Activity SendText(string text, params string[] buttons)
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
        if (buttons.Length > 0)
            reply.SuggestedActions = new SuggestedActions { Actions = buttons.Select(b => CardAction.ImBack(b)).ToList() };
        return Send(reply);
    }
}
