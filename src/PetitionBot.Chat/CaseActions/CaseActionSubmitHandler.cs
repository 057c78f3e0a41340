using PetitionBot.Chat.Cases;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Chat.CaseActions;

/// <summary>
/// Files a confirmed case action form (dialogs/case-*.yaml, <c>submit: case.action</c>) on the case it was started for.
/// A refusal or a database failure keeps the form open with its answers.
/// </summary>
public sealed class CaseActionSubmitHandler(ICaseStore store, CaseActionRunner runner, CaseAccess access, ILogger<CaseActionSubmitHandler> logger)
    : IFormSubmitHandler
{
    public string Name => "case.action";

    public async Task SubmitAsync(FormSubmission submission, TurnContext turn, CancellationToken cancellationToken)
    {
        if (CaseConversationMemory.PendingAction(turn) is not { } pending)
            throw new FormSubmitException("不知道这一步是为哪件案件办理的。请说“取消”，再带上案件编号重新说一次。");
        try
        {
            // Checked again at submit: only the member who began the step, and only while the case is still theirs to see.
            var userId = turn.Activity.From?.Id;
            var c = await store.GetByNumberAsync(pending.CaseNumber, cancellationToken);
            if (c is null || (pending.StartedBy is not null && pending.StartedBy != userId) || !access.ScopeFor(userId).CanSee(c))
                throw new FormSubmitException(CaseLocator.NotFound(pending.CaseNumber) + "请说“取消”。");
            var after = await runner.ApplyAsync(c, pending.Action, Details(submission.Values), turn, submission.IdempotencyKey, cancellationToken);
            CaseConversationMemory.ForgetPendingAction(turn);
            CaseConversationMemory.RememberCase(turn, after.Number);
            turn.SendText(runner.Outcome(after, pending.Action, turn), CaseButtons.For(after));
        }
        catch (CaseTransitionRefusedException e) when (e.Argument is not null)
        {
            throw new FormSubmitException(e.Message, e, field: e.Argument);
        }
        catch (CaseTransitionRefusedException e)
        {
            throw new FormSubmitException($"{e.Message}可以说“改 …”修改后再提交，或说“取消”。", e);
        }
        catch (CaseVersionConflictException e)
        {
            throw new FormSubmitException(e.Message, e);
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable while filing form {FormId}", submission.FormId);
            throw new FormSubmitException("这一步暂时没能保存，您填写的内容都还在。请稍后说“提交”重试。", e);
        }
    }

    private static CaseActionDetails Details(IReadOnlyDictionary<string, FieldValue> values)
    {
        string? Text(string name) =>
            values.TryGetValue(name, out var v) && v.Value?.GetValue<string>() is { Length: > 0 } s ? s.Trim() : null;
        return new CaseActionDetails
        {
            Text = Text("reason") ?? Text("unit") ?? Text("note") ?? Text("summary"),
            Route = Text("route"),
            Days = values.TryGetValue("days", out var days) && days.Value is not null ? (int)days.Value.GetValue<decimal>() : null,
            Approver = Text("approver"),
            Opinion = Text("opinion") switch
            {
                "支持" => HandlingOpinion.Support,
                "解释说明" => HandlingOpinion.Explanation,
                "不予支持" => HandlingOpinion.NotSupported,
                _ => null,
            },
            Satisfaction = Text("satisfaction") switch
            {
                "满意" => Satisfaction.Satisfied,
                "基本满意" => Satisfaction.BasicallySatisfied,
                "不满意" => Satisfaction.Dissatisfied,
                _ => null,
            },
        };
    }
}
