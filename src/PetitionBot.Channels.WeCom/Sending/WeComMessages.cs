using System.Text;
using System.Text.Json.Nodes;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Channels.WeCom.Sending;

/// <summary>
/// Turns one outgoing activity into the WeCom messages that carry it (message/send bodies): its text as msgtype text
/// (markdown when the activity says so), cut at 2,048 bytes, WeCom's limit; its buttons as template cards of type
/// button_interaction, at most six a card, each button's key the text it posts. A short text rides in the card itself.
/// </summary>
public static class WeComMessages
{
    /// <summary>WeCom's limit on a text or markdown message's content.</summary>
    public const int MaxContentBytes = 2048;
    /// <summary>WeCom's limit on buttons in one card.</summary>
    public const int MaxButtonsPerCard = 6;
    // WeCom's suggested lengths: a card's title, and its secondary text.
    private const int MaxTitleChars = 36;
    private const int MaxCardTextChars = 160;

    public static IReadOnlyList<JsonObject> For(Activity activity, string toUser, int agentId)
    {
        var text = (activity.Text ?? "").Trim();
        var buttons = OutgoingButtons.Of(activity).Where(b => WeComButtonKey.Encode(b.Posts) is not null).ToList();
        var messages = new List<JsonObject>();
        string? title = null, cardText = null;
        if (buttons.Count > 0 && text.Length <= MaxCardTextChars)
            (title, cardText) = SplitTitle(text);
        else if (text.Length > 0)
            messages.AddRange(TextChunks(text).Select(chunk => TextMessage(chunk, activity.TextFormat == "markdown", toUser, agentId)));

        for (var i = 0; i < buttons.Count; i += MaxButtonsPerCard)
        {
            var first = i == 0;
            messages.Add(Card(first ? title ?? "请选择" : "更多选项", first ? cardText : null,
                buttons.Skip(i).Take(MaxButtonsPerCard), toUser, agentId));
        }
        return messages;
    }

    /// <summary>The first line as the card's title when it is short enough, the rest as its text.</summary>
    private static (string Title, string? Text) SplitTitle(string text)
    {
        if (text.Length == 0)
            return ("请选择", null);
        var lineEnd = text.IndexOf('\n');
        var firstLine = (lineEnd < 0 ? text : text[..lineEnd]).Trim();
        var rest = lineEnd < 0 ? "" : text[(lineEnd + 1)..].Trim();
        return firstLine.Length is > 0 and <= MaxTitleChars
            ? (firstLine, rest.Length > 0 ? rest : null)
            : ("请选择", text);
    }

    private static JsonObject TextMessage(string content, bool markdown, string toUser, int agentId)
    {
        var type = markdown ? "markdown" : "text";
        return new JsonObject
        {
            ["touser"] = toUser,
            ["msgtype"] = type,
            ["agentid"] = agentId,
            [type] = new JsonObject { ["content"] = content },
        };
    }

    private static JsonObject Card(string title, string? text, IEnumerable<WeComButton> buttons, string toUser, int agentId)
    {
        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = title },
            // Unique per application, as WeCom requires; the press comes back with it.
            ["task_id"] = "pb-" + Guid.NewGuid().ToString("N"),
            ["button_list"] = new JsonArray([.. buttons.Select(b => (JsonNode)new JsonObject
            {
                ["text"] = b.Label,
                ["style"] = 1,
                ["key"] = WeComButtonKey.Encode(b.Posts),
            })]),
        };
        if (text is not null)
            card["sub_title_text"] = text;
        return new JsonObject
        {
            ["touser"] = toUser,
            ["msgtype"] = "template_card",
            ["agentid"] = agentId,
            ["template_card"] = card,
        };
    }

    /// <summary>The text in pieces of at most <see cref="MaxContentBytes"/> UTF-8 bytes, cut after a line where possible.</summary>
    public static IEnumerable<string> TextChunks(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var bytes = 0;
            var lastLineEnd = -1;
            while (end < text.Length)
            {
                var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
                if (bytes + size > MaxContentBytes)
                    break;
                bytes += size;
                end += width;
                if (text[end - 1] == '\n')
                    lastLineEnd = end;
            }
            if (end < text.Length && lastLineEnd > start)
                end = lastLineEnd;
            yield return text[start..end].TrimEnd('\n');
            start = end;
        }
    }
}
