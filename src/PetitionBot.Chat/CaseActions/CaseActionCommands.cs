using PetitionBot.Cases.Lifecycle;
using PetitionBot.Cases.Model;

namespace PetitionBot.Chat.CaseActions;

/// <summary>Turns a chat action and its details into the case command, and says which details are still missing.</summary>
public static class CaseActionCommands
{
    /// <summary>The guided form (dialogs/{id}.yaml) that collects a step's missing details; null when nothing is missing.</summary>
    public static string? FormFor(ChatCaseAction step, CaseActionDetails d) => step switch
    {
        ChatCaseAction.Reject when d.Text is null => "case-reject",
        ChatCaseAction.Transfer or ChatCaseAction.Assign when d.Text is null => "case-transfer",
        ChatCaseAction.Extend when d.Days is null || d.Approver is null || d.Text is null => "case-extend",
        ChatCaseAction.Conclude when d.Opinion is null => "case-conclude",
        ChatCaseAction.Evaluate when d.Satisfaction is null => "case-evaluate",
        ChatCaseAction.ProgressNote when d.Text is null => "case-progress",
        _ => null,
    };

    public static CaseCommand Build(ChatCaseAction step, CaseActionDetails d, Actor by, DateTimeOffset at, string? idempotencyKey)
    {
        var on = d.On ?? DateOnly.FromDateTime(at.DateTime);
        CaseCommand command = step switch
        {
            ChatCaseAction.Accept => new AcceptCase { By = by, At = at, On = on, Officer = by.Id, Why = d.Text },
            ChatCaseAction.Reject => new RejectCase { By = by, At = at, On = on, Why = RejectReason(d) },
            ChatCaseAction.Transfer or ChatCaseAction.Assign => new TransferCase
            {
                By = by, At = at, On = on, ToUnit = d.Text ?? "", IsAssignment = step == ChatCaseAction.Assign,
            },
            ChatCaseAction.Extend => new ExtendCase { By = by, At = at, On = on, Days = d.Days ?? 0, Approver = d.Approver ?? "", Why = d.Text },
            ChatCaseAction.Conclude => new ConcludeCase { By = by, At = at, On = on, Opinion = d.Opinion ?? HandlingOpinion.Support, Why = d.Text },
            ChatCaseAction.DeliverReply => new DeliverReply { By = by, At = at, On = on, Why = d.Text },
            ChatCaseAction.Evaluate => new EvaluateCase
            {
                By = by, At = at, On = on, Satisfaction = d.Satisfaction ?? Satisfaction.Satisfied, Why = d.Text,
            },
            ChatCaseAction.RequestReview => new RequestReview { By = by, At = at, On = on, Why = d.Text },
            ChatCaseAction.DecideReview => new DecideReview { By = by, At = at, On = on, DeliveredOn = on, Why = d.Text },
            ChatCaseAction.RequestReReview => new RequestReReview { By = by, At = at, On = on, Why = d.Text },
            ChatCaseAction.DecideReReview => new DecideReReview { By = by, At = at, On = on, DeliveredOn = on, Why = d.Text },
            ChatCaseAction.Close => new CloseCase { By = by, At = at, On = on, Why = d.Text },
            ChatCaseAction.ProgressNote => new AddProgressNote { By = by, At = at, Why = d.Text },
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown action."),
        };
        return command with { IdempotencyKey = idempotencyKey };
    }

    /// <summary>The reason and the legal route, as the petitioner is told them.</summary>
    private static string? RejectReason(CaseActionDetails d) =>
        d.Route is { Length: > 0 } route ? $"{d.Text}；已告知信访人：{route}" : d.Text;
}
