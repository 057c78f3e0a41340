using System.Net;
using System.Text.Json;
using PetitionBot.Cases.Reminders;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Protocol.Connector;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// Turns a reminder into a message activity for the subscriber's stored conversation and hands it to the channel that
/// serves it: a registered <see cref="IProactiveChannel"/> first, else the Connector API.
/// </summary>
public sealed class ProactiveReminderSender(IEnumerable<IProactiveChannel> channels, ConnectorProactiveChannel connector) : IReminderSender
{
    private readonly IProactiveChannel[] _channels = [.. channels];

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

        var channel = _channels.FirstOrDefault(c => c.Serves(reference)) ?? (connector.Serves(reference) ? connector : null);
        if (channel is null)
            return SendOutcome.Refused($"no way to reach channel '{reference.ChannelId}'");
        try
        {
            await channel.SendAsync(reference, ToActivity(reference, message), cancellationToken);
            return SendOutcome.Sent;
        }
        catch (ServiceUrlNotAllowedException e)
        {
            // Stored from an activity whose serviceUrl this bot may not call (or no longer may): never sent there.
            return SendOutcome.Refused(e.Message);
        }
        catch (ConnectorRetriesExhaustedException e)
        {
            return SendOutcome.RetryLater(e.Message);
        }
        catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // The conversation is gone or the bot was removed from it: trying again will not help.
            return SendOutcome.Refused(e.Message);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or BotTokenRequestException or TimeoutException)
        {
            return SendOutcome.RetryLater($"{e.GetType().Name}: {e.Message}");
        }
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
        activity.ApplyConversationReference(new ConversationReference
        {
            User = reference.User,
            Bot = reference.Bot,
            Conversation = reference.Conversation,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
        });
        return activity;
    }
}
