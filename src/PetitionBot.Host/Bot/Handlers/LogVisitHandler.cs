using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Host.Bot.Handlers;

/// <summary>登记来访: starts the visit form, keeping whatever the opening sentence already says.</summary>
public sealed class LogVisitHandler(FormEngine forms) : IIntentHandler
{
    public const string FormId = "log-visit";

    public bool Handles(IntentResult intent) => intent.Intent == Intent.LogVisit;

    public Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken) =>
        forms.BeginAsync(turn, FormId, text, cancellationToken);
}
