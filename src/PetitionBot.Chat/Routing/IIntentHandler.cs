using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Routing;

/// <summary>One job the bot does for a routed request (log a visit, answer a case query, a regulation question …).</summary>
public interface IIntentHandler
{
    bool Handles(IntentResult intent);

    Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken);
}
