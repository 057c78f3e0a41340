using System.Text.Json.Nodes;
using PetitionBot.Conversation.Dialogs;

namespace PetitionBot.Conversation.Turns;

/// <summary>Everything the bot remembers about one conversation; stored as one JSON document.</summary>
public sealed class ConversationData
{
    /// <summary>Activity ids already handled, newest last; a re-delivered activity is acknowledged, not run again.</summary>
    public List<string> ProcessedActivityIds { get; set; } = [];

    /// <summary>Replies of recent expectReplies activities, newest last, for a channel that sends one again.</summary>
    public List<RememberedReplies> RecentReplies { get; set; } = [];

    /// <summary>Replies saved with their turn and not yet delivered to the channel; null when there are none.</summary>
    public ConversationOutbox? Outbox { get; set; }

    public bool Greeted { get; set; }

    /// <summary>Active forms, top of the stack last.</summary>
    public List<FormFrame> DialogStack { get; set; } = [];

    /// <summary>Small per-feature values (last list shown, paging …) keyed by feature.</summary>
    public Dictionary<string, JsonNode?> Values { get; set; } = [];
}
