using System.Text.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.Conversation.State;

/// <summary>A stored document as read: its UTF-8 JSON and the ETag to send back with a compare-and-set write.</summary>
public sealed record StateItem(ReadOnlyMemory<byte> Json, string ETag)
{
    public T? Deserialize<T>(JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(Json.Span, options);

    public JsonNode? ToJsonNode() => JsonNode.Parse(Json.Span);
}
