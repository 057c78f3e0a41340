using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionBot.Protocol.Schema;

/// <summary>Everything needed to message a conversation later; JSON stays Bot Framework compatible (<c>bot</c>, not <c>agent</c>).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? Locale { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
