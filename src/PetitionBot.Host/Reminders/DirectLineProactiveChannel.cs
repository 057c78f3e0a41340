using PetitionBot.DirectLine;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Reminders;

/// <summary>Reminders for Web Chat users go into the built-in Direct Line conversation log, not to a Connector API.</summary>
public sealed class DirectLineProactiveChannel(IDirectLineConversations conversations) : IProactiveChannel
{
    public bool Serves(ConversationReference reference) => reference.ChannelId == "directline";

    public Task SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken) =>
        conversations.AppendAsync(reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation id.", nameof(reference)),
            activity, cancellationToken);
}
