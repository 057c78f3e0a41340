using System.Text.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.Protocol.Schema;

/// <summary>The hero card attachment (application/vnd.microsoft.card.hero), which every Bot Framework channel renders.</summary>
public static class HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    /// <summary>A card of buttons only: they stay under their message, unlike suggested actions.</summary>
    public static Attachment WithButtons(IReadOnlyList<CardAction> buttons) => new()
    {
        ContentType = ContentType,
        Content = new JsonObject { ["buttons"] = JsonSerializer.SerializeToNode(buttons, ProtocolJson.Options) },
    };
}
