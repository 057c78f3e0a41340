using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Sending;

/// <summary>
/// The buttons of an outgoing activity, as the chat writes them: suggested actions and the buttons of hero cards,
/// each an imBack (or messageBack/postBack) whose value is the text the user would have sent.
/// </summary>
public static class OutgoingButtons
{
    public static IReadOnlyList<WeComButton> Of(Activity activity)
    {
        var actions = new List<CardAction>(activity.SuggestedActions?.Actions ?? []);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == HeroCard.ContentType && attachment.Content is JsonObject card && card["buttons"] is JsonArray buttons)
                actions.AddRange(buttons.Select(b => b?.Deserialize<CardAction>(ProtocolJson.Options)).OfType<CardAction>());
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<WeComButton>();
        foreach (var action in actions)
        {
            if (Posts(action) is { Length: > 0 } posts && seen.Add(posts))
                result.Add(new WeComButton(action.Title is { Length: > 0 } title ? title : posts, posts));
        }
        return result;
    }

    /// <summary>The text a button sends as the user's message; null for buttons that send none (openUrl …).</summary>
    private static string? Posts(CardAction action) => action.Type switch
    {
        "imBack" or "postBack" => ValueText(action) ?? action.Title,
        "messageBack" => action.Text ?? ValueText(action),
        _ => null,
    };

    private static string? ValueText(CardAction action) =>
        action.Value is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
