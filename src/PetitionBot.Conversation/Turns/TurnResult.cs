using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>
/// What a turn produced once its state was saved. For a re-delivered activity <see cref="Replies"/> are those of its
/// first run when they were kept. <see cref="OutboxClaimed"/>: the replies went to the outbox and this caller owns it
/// (should deliver now).
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, bool IsDuplicate, int Attempts, bool OutboxClaimed = false)
{
    public static TurnResult Duplicate { get; } = new([], null, IsDuplicate: true, Attempts: 0);
}
