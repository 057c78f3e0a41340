using PetitionBot.DirectLine.Conversations;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine;

/// <summary>The channel's conversations, for code outside the HTTP endpoints (proactive messages, sign-in pages).</summary>
public interface IDirectLineConversations
{
    /// <summary>
    /// Appends a bot-originated activity (a reminder, a notice) to a conversation so that polling clients and the
    /// stream see it. Returns the activity id. Throws <see cref="ConversationNotFoundException"/> for an unknown conversation.
    /// </summary>
    Task<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers a bot-originated activity to a user wherever they will see it: their latest conversation while it
    /// lasts (a signing-in user continues it), else a new one that their next sign-in opens. Returns the activity id.
    /// </summary>
    Task<string> DeliverToUserAsync(ChannelAccount user, string serviceUrl, Activity activity, CancellationToken cancellationToken);

    /// <summary>True when the conversation has been started and not yet expired.</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);
}
