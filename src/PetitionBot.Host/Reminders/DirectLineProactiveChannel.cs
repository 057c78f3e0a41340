using PetitionBot.DirectLine;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// Reminders for Web Chat users go into the built-in Direct Line conversation log, not to a Connector API: to the
/// user's latest conversation, so one who signed in again since subscribing, or is away, still finds them.
/// </summary>
public sealed class DirectLineProactiveChannel(IDirectLineConversations conversations) : IProactiveChannel
{
    public bool Serves(ConversationReference reference) => reference.ChannelId == "directline";

    public Task SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        reference.User?.Id is { Length: > 0 }
            ? conversations.DeliverToUserAsync(reference.User, reference.ServiceUrl ?? "", activity, cancellationToken)
            : conversations.AppendAsync(reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference)),
                activity, cancellationToken);
}
