namespace PetitionBot.Language.Intents;

/// <summary>Lifecycle steps an officer can record on a case.</summary>
public enum CaseActionKind
{
    Accept,
    Reject,
    Transfer,
    Assign,
    Extend,
    Conclude,
    Reply,
    Deliver,
    Evaluate,
    Review,
    ReExamine,
    Terminate,
    RecordProgress,
}
