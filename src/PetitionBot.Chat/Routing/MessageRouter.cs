using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.Routing;

/// <summary>Sends a message that is not an answer to the active form to the job it asks for.</summary>
public sealed class MessageRouter(IEnumerable<IIntentHandler> handlers, FormEngine forms, MainMenu menu)
{
    // Chinese characters in a message long enough to be a request of its own rather than a field's answer.
    private const int SentenceLength = 8;

    private readonly IIntentHandler[] _handlers = handlers.ToArray();

    public async Task RouteAsync(TurnContext turn, string text, CancellationToken ct)
    {
        var picked = Clarification.TakeAnswer(turn, text);
        if (picked is { } chosen) text = chosen.Text;
        IntentResult intent;
        using (var span = RoutingTelemetry.Source.StartActivity("chat route"))
        {
            intent = picked is { } answer
                ? IntentRouter.As(answer.Intent, answer.Text, turn.ReferenceTime)
                : IntentRouter.Route(text, turn.ReferenceTime);
            span?.SetTag("petitionbot.intent", TurnJobs.Of(intent.Intent));
        }
        // A job waiting for the answer to its own question ("情节较轻") sees the message first.
        foreach (var first in _handlers.OfType<IFirstLookHandler>())
            if (await first.TryHandleFirstAsync(turn, text, intent, ct))
            {
                turn.Job = TurnJobs.FollowUp;
                return;
            }
        if (picked is null && Clarification.IsWorthAsking(intent))
        {
            turn.Job = TurnJobs.Clarification;
            Clarification.Ask(turn, text, intent);
            return;
        }
        // Close between a rule question and accountability: the advisor reads it, and hands rule questions on.
        if (intent.Ambiguous && Clarification.AboutTheRules(intent) && intent.Intent == Intent.RegulationQuestion)
            intent = intent with { Intent = Intent.Accountability };
        var handler = _handlers.FirstOrDefault(h => h.Handles(intent));
        turn.Job = handler is null && intent.Intent is not (Intent.Cancel or Intent.Back or Intent.Restart) ? TurnJobs.Fallback : TurnJobs.Of(intent.Intent);
        if (handler is null)
        {
            if (intent.Intent is Intent.Cancel or Intent.Back or Intent.Restart)
                turn.SendText("现在没有进行中的登记，不用取消。需要办什么直接说就行。", menu.ButtonsFor(turn));
            else
                menu.Fallback(turn);
            return;
        }
        await handler.HandleAsync(turn, text, intent, ct);
    }

    /// <summary>
    /// Mid-form: a request for another job (a case number, a deadline list, a question) is answered and the form's
    /// question asked again; returns false to let the form read the message as an answer.
    /// </summary>
    public async Task<bool> TryInterruptAsync(TurnContext turn, string text, CancellationToken ct)
    {
        // Most messages mid-form are answers; reading them as the field is cheaper than routing them.
        var accepted = forms.Accepts(turn, text);
        if (accepted && !forms.IsAskingForFreeText(turn)) return false;
        var intent = IntentRouter.Route(text, turn.ReferenceTime);
        // A case number or a deadline list is never an answer to a form field, not even a free-text one.
        var caseQuery = intent.Intent == Intent.CaseQuery
                        && (intent.CaseNumber is not null || intent.Query is CaseQueryKind.DueThisWeek or CaseQueryKind.Overdue or CaseQueryKind.MyCases);
        // Otherwise a message the form can read is an answer (走访 is a 信访形式, not a new registration), and so is a
        // short one it cannot (劳动社保 for a later field, a phone number a digit short): field answers are short.
        if (!caseQuery && (accepted || intent.Score < Interruption.FromForm || !IsSentence(text))) return false;
        if (intent.Intent == Intent.LogVisit)
        {
            turn.Job = TurnJobs.Of(Intent.LogVisit);
            turn.SendText("正在登记中。要重新登记请说“从头开始”，要放弃请说“取消”。");
            return true;
        }
        // Chatter, help and the form's own commands are the form's to answer.
        if (intent.Intent is Intent.Help or Intent.Smalltalk or Intent.Cancel or Intent.Back or Intent.Restart or Intent.None) return false;
        var handler = _handlers.FirstOrDefault(h => h.Handles(intent));
        if (handler is null) return false;
        turn.Job = TurnJobs.Of(intent.Intent);
        await handler.HandleAsync(turn, text, intent, ct);
        forms.Reprompt(turn);
        return true;
    }

    private static bool IsSentence(string text) => text.Count(c => c is >= '\u4e00' and <= '\u9fff') >= SentenceLength;
}
