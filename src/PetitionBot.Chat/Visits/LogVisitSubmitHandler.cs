using PetitionBot.Chat.Cases;
using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;
using PetitionBot.Cases.Store;
using PetitionBot.Conversation.Dialogs;
using PetitionBot.Language.Display;
using PetitionBot.Conversation.Turns;

namespace PetitionBot.Chat.Visits;

/// <summary>Files a confirmed 登记来访 form as a new case and tells the officer its number and first deadline.</summary>
public sealed class LogVisitSubmitHandler(ICaseStore store, CaseDeadlines deadlines, CaseAccess access, CaseFilingPolicy filing, ILogger<LogVisitSubmitHandler> logger)
    : IFormSubmitHandler
{
    public string Name => "case.create";

    public async Task SubmitAsync(FormSubmission submission, TurnContext turn, CancellationToken cancellationToken)
    {
        var values = submission.Values;
        string Text(string name) => values.TryGetValue(name, out var v) ? v.Value?.GetValue<string>() ?? "" : "";
        string? Optional(string name) => values.TryGetValue(name, out var v) ? v.Value?.GetValue<string>() : null;

        var receivedAt = DateTimeOffset.TryParse(Text("visitedAt"), out var at) ? at : turn.ReferenceTime;
        var officer = turn.Activity.From;
        // Checked again at submit: permissions may have changed since the form began.
        var decision = filing.Decide(officer?.Id, Optional(CaseFilingPolicy.UnitField));
        if (decision.Unit is not { } unit)
            throw new FormSubmitException(decision.Refusal!, field: decision.AskForUnit ? CaseFilingPolicy.UnitField : null);
        var command = new RegisterCase
        {
            By = new Actor(officer?.Id ?? "unknown", officer?.Name ?? "值班人员"),
            At = turn.ReferenceTime,
            // A re-run of this turn (state conflict) gets the case its first run filed, not a second one.
            IdempotencyKey = submission.IdempotencyKey,
            Case = new NewCase
            {
                Form = FormOf(Text("channel")),
                Petitioners = [new Petitioner(Text("petitionerName"), Optional("phone"), Optional("idNumber"))],
                PeopleCount = values.TryGetValue("peopleCount", out var count) ? (int)count.Value!.GetValue<decimal>() : 1,
                ProblemLocation = Text("locality"),
                Category = Optional("category"),
                Claim = new PetitionClaim(Text("demand")),
                RegisteringUnit = unit,
                ReceivedAt = receivedAt,
            },
        };

        PetitionCase created;
        try
        {
            created = await store.CreateAsync(command, cancellationToken);
        }
        catch (CaseStoreUnavailableException e)
        {
            logger.LogError(e, "Case store unavailable while filing form {FormId}", submission.FormId);
            throw new FormSubmitException("案件暂时没能保存，您填写的内容都还在。请稍后说“提交”重试。", e);
        }

        logger.LogInformation("Case {CaseNumber} registered by {OfficerId}", created.Number, officer?.Id);
        CaseConversationMemory.RememberCase(turn, created.Number);
        var reply = $"已登记：{created.Number}（查询码 {created.QueryCode}）";
        if (deadlines.Pending(created) is { } pending)
        {
            var due = pending.Due;
            reply += $"\n下一步：{pending.Rule.Limit}内{pending.Rule.Due} —— 截止{ChineseDateFormat.Date(due.Date)}{(due.IsProvisional ? $"（{due.ProvisionalNote}）" : "")}"
                     + $"\n依据{pending.Rule.Citation}";
        }
        // Staff may log a visit but not act on cases: no step buttons that would only answer "没有权限".
        if (access.ScopeFor(officer?.Id).SeesAny)
            turn.SendText(reply, "受理", "转送", "查看案件");
        else
            turn.SendText(reply);
    }

    private static PetitionForm FormOf(string channel) => channel switch
    {
        "来信" => PetitionForm.Letter,
        "来电" => PetitionForm.Phone,
        "网上" => PetitionForm.Online,
        "传真" => PetitionForm.Fax,
        _ => PetitionForm.Visit,
    };
}
