using System.Text.Json.Nodes;

namespace PetitionBot.Protocol.Schema;

/// <summary>The synchronous result of an invoke activity: HTTP status and JSON body.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public JsonNode? Body { get; set; }
}
