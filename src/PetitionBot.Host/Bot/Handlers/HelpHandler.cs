using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Host.Bot.Handlers;

/// <summary>帮助 / 你能做什么: the menu.</summary>
public sealed class HelpHandler : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.Help;

    public Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        Welcome.Send(turn);
        return Task.CompletedTask;
    }
}
