using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Visits;

/// <summary>登记来访: starts the visit form, keeping whatever the opening sentence already says.</summary>
public sealed class LogVisitHandler(FormEngine forms, CaseFilingPolicy filing) : IIntentHandler
{
    public const string FormId = "log-visit";

    public bool Handles(IntentResult intent) => intent.Intent == Intent.LogVisit;

    public Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        // Who may not file is told so before filling a form (the submit checks again).
        if (filing.Decide(turn.Activity.From?.Id, null) is { Refusal: { } refusal, AskForUnit: false })
        {
            turn.SendText(refusal, "帮助");
            return Task.CompletedTask;
        }
        return forms.BeginAsync(turn, FormId, text, cancellationToken);
    }
}
