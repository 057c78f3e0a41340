using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PetitionBot.Protocol.Schema;

/// <summary>A Bot Framework activity. Unknown properties survive a round trip through <see cref="Properties"/>.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<JsonObject>? ReactionsAdded { get; set; }
    public List<JsonObject>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    /// <summary>Entities stay as JSON objects: their shapes are open-ended (mention, clientInfo, schema.org Message …).</summary>
    public List<JsonObject>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public List<string>? ListenFor { get; set; }
    public List<JsonObject>? TextHighlights { get; set; }
    public JsonObject? SemanticAction { get; set; }
    public string? CallerId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>The reference a later proactive message needs (protocol: GetConversationReference).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = IsType(ActivityTypes.ConversationUpdate) && (ChannelId is "directline" or "webchat") ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>A reply addressed back to the sender of this activity, threaded to it.</summary>
    public Activity CreateReply(string? text = null) => new Activity { Type = ActivityTypes.Message, Text = text }
        .ApplyConversationReference(GetConversationReference());

    /// <summary>Addresses an outgoing activity with a stored reference (protocol: ApplyConversationReference).</summary>
    public Activity ApplyConversationReference(ConversationReference reference)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        From = reference.Bot;
        Recipient = reference.User;
        if (reference.ActivityId is not null)
            ReplyToId = reference.ActivityId;
        return this;
    }
}
