using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.Dialogs;

/// <summary>A field's value as data (for the handler) and as text (for the user).</summary>
public sealed class FieldValue
{
    public JsonNode? Value { get; set; }
    public string Display { get; set; } = "";
}
