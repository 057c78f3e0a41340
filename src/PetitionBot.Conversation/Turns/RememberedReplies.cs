using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>The replies an expectReplies activity got, answered again when the channel re-sends it.</summary>
public sealed class RememberedReplies
{
    public string ActivityId { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }

    public List<Activity> Replies { get; set; } = [];
}
