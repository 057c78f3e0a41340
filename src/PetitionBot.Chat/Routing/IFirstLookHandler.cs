using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Routing;

/// <summary>
/// A handler that sees a message before intent routing: an answer to its own pending question ("情节较轻"), or a
/// request only it recognizes reliably. Returns false to let routing continue.
/// </summary>
public interface IFirstLookHandler
{
    Task<bool> TryHandleFirstAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken);
}
