using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;
using PetitionBot.Chat.Cases;
using PetitionBot.Chat.Routing;
using PetitionBot.Language.Intents;

namespace PetitionBot.Chat.CaseActions;

/// <summary>
/// Lifecycle steps from chat: a one-line command when the message says everything ("XF-2026-000123 转送 城关镇人民政府"),
/// otherwise a guided form for what is missing. The case is the one named, or the last one shown.
/// </summary>
public sealed class CaseActionHandler(CaseLocator locator, CaseActionRunner runner, FormEngine forms, ILogger<CaseActionHandler> logger)
    : IIntentHandler
{
    public bool Handles(IntentResult intent) => intent.Intent == Intent.CaseAction;

    public async Task HandleAsync(TurnContext turn, string text, IntentResult intent, CancellationToken cancellationToken)
    {
        try
        {
            await ActAsync(turn, text, intent, cancellationToken);
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable during a case action");
            turn.SendText(CaseReplies.StoreDownForAction);
        }
    }

    private async Task ActAsync(TurnContext turn, string text, IntentResult intent, CancellationToken ct)
    {
        var lookup = await locator.FindAsync(turn, intent, ct);
        if (lookup.Case is not { } c)
        {
            turn.SendText(lookup.Problem == CaseLocator.AskWhich ? "要办理哪一件？请带上案件编号，比如“XF-2026-000123 受理”。" : lookup.Problem!);
            return;
        }
        CaseConversationMemory.RememberCase(turn, c.Number);
        if (CaseActionParser.StepOf(intent.Action, text, c.Status) is not { } step)
        {
            turn.SendText("没听明白要办理哪一步。可以说受理、不予受理、转送、交办、延期、办结、答复送达、评价、复查、复核、终结。", CaseButtons.For(c));
            return;
        }

        var details = CaseActionParser.Details(step, text, intent);
        if (CaseActionCommands.FormFor(step, details) is { } formId)
        {
            // Refuse before asking for details the step could never use.
            if (runner.RefusalOf(c, step, details, turn) is { } refusal)
            {
                turn.SendText(refusal, CaseButtons.For(c));
                return;
            }
            if (FormEngine.Active(turn) is not null)
            {
                turn.SendText("请先完成或取消正在填写的内容，再办理这一步。");
                return;
            }
            CaseConversationMemory.RememberPendingAction(turn, new PendingCaseAction(c.Number, step, turn.Activity.From?.Id));
            await forms.BeginAsync(turn, formId, step is ChatCaseAction.Extend or ChatCaseAction.Conclude ? Opening(details) : null, ct);
            return;
        }

        // No pre-check here: the store answers a re-run of this turn (same idempotency key) with its first result.
        try
        {
            var after = await runner.ApplyAsync(c, step, details, turn, turn.IdempotencyKey, ct);
            turn.SendText(runner.Outcome(after, step, turn), CaseButtons.For(after));
        }
        catch (CaseTransitionRefusedException e)
        {
            turn.SendText(e.Message, CaseButtons.For(c));
        }
        catch (CaseVersionConflictException e)
        {
            turn.SendText(e.Message);
        }
    }

    /// <summary>What the message already said, for the form to keep (延期 30天 → the days are not asked again).</summary>
    private static string? Opening(CaseActionDetails details)
    {
        var parts = new List<string>();
        if (details.Days is { } days) parts.Add($"延期{days}天");
        if (details.Approver is { } approver) parts.Add($"批准人{approver}");
        if (details.Text is { } words) parts.Add($"理由{words}");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
