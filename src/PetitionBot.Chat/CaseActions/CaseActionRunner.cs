using PetitionBot.Chat.Cases;
using System.Text;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Chat.CaseActions;

/// <summary>
/// Applies a chat action to a case and words the outcome: the new status and the next due date with its article.
/// Failures surface as the store's exceptions for the caller to word (a one-line reply, or a form kept open).
/// </summary>
public sealed class CaseActionRunner(ICaseStore store, CaseLifecycle lifecycle, ILogger<CaseActionRunner> logger)
{
    /// <summary>The refusal reason when the step is not allowed now, checked before asking the officer for details.</summary>
    public string? RefusalOf(PetitionCase c, ChatCaseAction step, CaseActionDetails details, TurnContext turn)
    {
        try
        {
            lifecycle.Apply(c, CaseActionCommands.Build(step, details.Probe(), Actor(turn), turn.ReferenceTime, null));
            return null;
        }
        catch (CaseTransitionRefusedException e)
        {
            return e.Message;
        }
    }

    /// <summary>Applies the step; a conflicting change by someone else is re-read and the step tried once more.</summary>
    /// <exception cref="CaseTransitionRefusedException">The lifecycle refuses the step; its message is for the user.</exception>
    /// <exception cref="CaseStoreUnavailableException">Nothing was saved.</exception>
    public async Task<PetitionCase> ApplyAsync(PetitionCase c, ChatCaseAction step, CaseActionDetails details, TurnContext turn,
        string? idempotencyKey, CancellationToken cancellationToken)
    {
        var command = CaseActionCommands.Build(step, details, Actor(turn), turn.ReferenceTime, idempotencyKey);
        PetitionCase after;
        try
        {
            after = await store.ApplyAsync(c.Number, command, c.Version, cancellationToken);
        }
        catch (CaseVersionConflictException)
        {
            var fresh = await store.GetByNumberAsync(c.Number, cancellationToken) ?? throw new CaseNotFoundException(c.Number);
            after = await store.ApplyAsync(c.Number, command, fresh.Version, cancellationToken);
        }
        logger.LogInformation("Case action {Step} on {CaseNumber} by {UserId}", step, c.Number, turn.Activity.From?.Id);
        return after;
    }

    /// <summary>已受理 XF-2026-000123。 / 状态：办理中（3月18日受理） / 🟢 办结期限 … · 《信访工作条例》第三十四条</summary>
    public string Outcome(PetitionCase after, ChatCaseAction step, TurnContext turn)
    {
        var label = CaseActionCommands.Build(step, new CaseActionDetails().Probe(), Actor(turn), turn.ReferenceTime, null).Label;
        var text = new StringBuilder($"{CaseStatusText.Done(label)} {after.Number}。\n状态：{CaseStatusText.Describe(after)}");
        if (lifecycle.Deadlines.NextDue(after, CaseAnswers.Today(turn)) is { } due)
            text.Append($"\n下一步：{CaseDueText.Line(due)}");
        else if (after.Status == CaseStatus.Closed)
            text.Append("\n本件办理完毕。");
        return text.ToString();
    }

    public static Actor Actor(TurnContext turn) =>
        new(turn.Activity.From?.Id ?? "unknown", turn.Activity.From?.Name is { Length: > 0 } name ? name : turn.Activity.From?.Id ?? "值班人员");
}
