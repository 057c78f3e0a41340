using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.Turns;

/// <summary>What the bot remembers about one user across conversations.</summary>
public sealed class UserData
{
    /// <summary>The jurisdiction the user asked to prefer for regulation answers (e.g. 上海市).</summary>
    public string? Jurisdiction { get; set; }

    public Dictionary<string, JsonNode?> Values { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasContent => Jurisdiction is not null || Values.Count > 0;
}
