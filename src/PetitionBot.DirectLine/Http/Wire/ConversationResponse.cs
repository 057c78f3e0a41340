using System.Text.Json.Serialization;

namespace PetitionBot.DirectLine.Http.Wire;

/// <summary>The wire's Conversation: what starting, reconnecting and token calls return.</summary>
public sealed class ConversationResponse
{
    public string ConversationId { get; set; } = "";

    public string Token { get; set; } = "";

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; set; }

    public string? StreamUrl { get; set; }
}
