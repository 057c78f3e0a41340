namespace PetitionBot.Chat.CaseActions;

/// <summary>A lifecycle step an officer can take from chat, each mapped to one case command.</summary>
public enum ChatCaseAction
{
    Accept,
    Reject,
    Transfer,
    Assign,
    Extend,
    Conclude,
    DeliverReply,
    Evaluate,
    RequestReview,
    DecideReview,
    RequestReReview,
    DecideReReview,
    Close,
    ProgressNote,
}
