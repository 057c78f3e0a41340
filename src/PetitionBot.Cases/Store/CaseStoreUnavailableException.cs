namespace PetitionBot.Cases.Store;

/// <summary>
/// The database could not be reached or failed mid-write; the transaction was rolled back, so nothing
/// was saved and the caller may retry with the same input.
/// </summary>
public sealed class CaseStoreUnavailableException(string detail, Exception inner)
    : Exception($"Case store unavailable: {detail}", inner)
{
    /// <summary>What the chat tells the user.</summary>
    public const string UserMessage = "案件暂时没能保存，您填写的内容都还在。";
}
