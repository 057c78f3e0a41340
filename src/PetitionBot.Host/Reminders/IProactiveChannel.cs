using PetitionBot.Protocol.Schema;

namespace PetitionBot.Host.Reminders;

/// <summary>
/// A way to put a message into a conversation the user is not talking in right now. Register one per kind of channel
/// that does not take Connector API calls (e.g. the built-in Direct Line store for Web Chat); every other conversation
/// goes through the Connector API at its serviceUrl.
/// </summary>
public interface IProactiveChannel
{
    /// <summary>True when this channel delivers to the conversation <paramref name="reference"/> points at.</summary>
    bool Serves(ConversationReference reference);

    /// <summary>Delivers the activity, already addressed from the reference; throws when it could not.</summary>
    Task SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);
}
