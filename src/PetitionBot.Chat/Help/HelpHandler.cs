using PetitionBot.Chat.Routing;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Help;

/// <summary>帮助 / 你能做什么 / 怎么登记: the specific how-to when the question names a job, else the menu.</summary>
public sealed class HelpHandler(MainMenu menu) : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.Help;

    public Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        if (HowTo.For(text, menu.SeesCases(turn)) is { } answer)
            turn.SendText(answer.Text, answer.Buttons);
        else
            menu.Welcome(turn);
        return Task.CompletedTask;
    }
}
