using System.Globalization;

namespace PetitionBot.Channels.WeCom.Callback;

/// <summary>
/// A decrypted callback of a self-built application: a user's text, the user opening the application (event
/// enter_agent) or a template card button press (event template_card_event). Other types keep their MsgType/Event.
/// </summary>
public sealed record WeComMessage
{
    public const string TextType = "text";
    public const string EventType = "event";
    public const string EnterAgentEvent = "enter_agent";
    public const string TemplateCardEvent = "template_card_event";

    public required string MsgType { get; init; }
    /// <summary>The member's UserID (personal data: never log it unmasked).</summary>
    public required string FromUserName { get; init; }
    public string ToUserName { get; init; } = "";
    public DateTimeOffset CreateTime { get; init; }
    public string? MsgId { get; init; }
    /// <summary>The text of a text message (personal data).</summary>
    public string? Content { get; init; }
    public string? AgentId { get; init; }
    public string? Event { get; init; }
    /// <summary>For a card button: the key of the button pressed.</summary>
    public string? EventKey { get; init; }
    /// <summary>For a card button: the task id the card was sent with.</summary>
    public string? TaskId { get; init; }
    /// <summary>For a card button: the code that lets the card be updated once.</summary>
    public string? ResponseCode { get; init; }

    public bool IsText => MsgType == TextType;
    public bool IsEnterAgent => MsgType == EventType && Event == EnterAgentEvent;
    public bool IsCardButton => MsgType == EventType && Event == TemplateCardEvent;

    /// <summary>The message, or null when the XML is malformed, declares a DTD, or lacks MsgType or FromUserName.</summary>
    public static WeComMessage? TryParse(string xml)
    {
        var root = WeComXml.TryParseRoot(xml);
        if (root is null)
            return null;
        string? Child(string name) => WeComXml.Child(root, name);
        var msgType = Child("MsgType");
        var from = Child("FromUserName");
        if (string.IsNullOrEmpty(msgType) || string.IsNullOrEmpty(from))
            return null;
        var created = long.TryParse(Child("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and < 253402300800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : default;
        return new WeComMessage
        {
            MsgType = msgType,
            FromUserName = from,
            ToUserName = Child("ToUserName") ?? "",
            CreateTime = created,
            MsgId = Child("MsgId"),
            Content = Child("Content"),
            AgentId = Child("AgentID"),
            Event = Child("Event"),
            EventKey = Child("EventKey"),
            TaskId = Child("TaskId"),
            ResponseCode = Child("ResponseCode"),
        };
    }
}
