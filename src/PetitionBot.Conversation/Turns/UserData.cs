using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.Turns;

/// <summary>What the bot remembers about one user across conversations.</summary>
public sealed class UserData
{
    public Dictionary<string, JsonNode?> Values { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasContent => Values.Count > 0;
}
