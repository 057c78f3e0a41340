using PetitionBot.DirectLine;
using PetitionBot.DirectLine.Conversations;
using PetitionBot.DirectLine.Storage;
using PetitionBot.DirectLine.Tokens;
using PetitionBot.Protocol.Schema;
using PetitionBot.Channels;

namespace PetitionBot.Channels.WebChat;

/// <summary>
/// The bot's own Web Chat page over its built-in Direct Line 3.0 service: the page, sign-in and the Direct Line
/// endpoints inbound; outbound, activities are appended to the Direct Line conversation log, a reminder to the user's
/// latest conversation so one who signed in again since subscribing, or is away, still finds it.
/// </summary>
public sealed class WebChatChannel(IDirectLineConversations conversations, TokenSigningKey signingKey) : IChannel
{
    public const string ChannelId = "directline";

    public string Name => "webchat";

    public void MapInbound(WebApplication app)
    {
        if (signingKey.IsEphemeral)
            app.Logger.LogWarning("DirectLine:TokenSigningKey is not set: Direct Line tokens are signed with a random key and stop working after a restart; several instances must share one key.");
        app.UseWebSockets();
        app.MapDirectLineChannel();
        SignInEndpoints.Map(app);
        DemoAccountsEndpoint.Map(app);
        WebChatPage.Map(app);
    }

    public bool Serves(ConversationReference reference) => reference.ChannelId == ChannelId;

    public async Task<SendResult> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            if (to.User?.Id is { Length: > 0 })
                await conversations.DeliverToUserAsync(to.User, to.ServiceUrl ?? "", activity, cancellationToken);
            else
                await conversations.AppendAsync(to.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(to)),
                    activity, cancellationToken);
            return SendResult.Delivered;
        }
        catch (ConversationNotFoundException e)
        {
            return SendResult.Refused(e.Message);
        }
        catch (DirectLineStorageUnavailableException e)
        {
            return SendResult.RetryLater(e.Message);
        }
    }

    /// <summary>The Direct Line log keeps what it was given; an edit arrives as a new message.</summary>
    public Task<SendResult> UpdateAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(to, activity, cancellationToken);
}
