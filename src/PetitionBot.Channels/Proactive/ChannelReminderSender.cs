using System.Text.Json;
using PetitionBot.Cases.Reminders;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels;

namespace PetitionBot.Channels.Proactive;

/// <summary>
/// Turns a reminder into a message activity for the subscriber's stored conversation and hands it to the channel that
/// serves that conversation.
/// </summary>
public sealed class ChannelReminderSender(ChannelRegistry channels) : IReminderSender
{
    public async Task<SendOutcome> SendAsync(ReminderSubscription to, ReminderMessage message, CancellationToken cancellationToken)
    {
        ConversationReference? reference;
        try
        {
            reference = JsonSerializer.Deserialize<ConversationReference>(to.Address, ProtocolJson.Options);
        }
        catch (JsonException e)
        {
            return SendOutcome.Refused($"unreadable conversation reference: {e.Message}");
        }
        if (reference?.Conversation?.Id is null)
            return SendOutcome.Refused("the conversation reference names no conversation");

        if (channels.For(reference) is not { } channel)
            return SendOutcome.Refused($"no way to reach channel '{reference.ChannelId}'");
        var result = await ChannelTelemetry.SendAsync(channel, "reminder", reference, ToActivity(reference, message), cancellationToken);
        return result.Status switch
        {
            SendStatus.Delivered => SendOutcome.Sent,
            SendStatus.Refused => SendOutcome.Refused(result.Reason ?? "refused by the channel"),
            _ => SendOutcome.RetryLater(result.Reason ?? "the channel could not take it now", result.RetryAt),
        };
    }

    /// <summary>A new message in the conversation, not a reply to the turn the reference was taken from.</summary>
    public static Activity ToActivity(ConversationReference reference, ReminderMessage message)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = message.Text,
            TextFormat = "plain",
            Locale = "zh-CN",
        };
        CardAction[] buttons = [.. message.Buttons.Select(b => CardAction.ImBack(b.Title, b.Value))];
        if (buttons.Length > 0 && message.StayWithMessage)
            activity.Attachments = [HeroCard.WithButtons(buttons)];
        else if (buttons.Length > 0)
            activity.SuggestedActions = new SuggestedActions { Actions = [.. buttons] };
        activity.ApplyConversationReference(reference);
        // Addressed like the stored turn, but not threaded to it.
        activity.ReplyToId = null;
        return activity;
    }
}
