using PetitionBot.Protocol.Schema;

namespace PetitionBot.Conversation.Turns;

/// <summary>What a turn produced once its state was saved.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, bool IsDuplicate, int Attempts)
{
    public static TurnResult Duplicate { get; } = new([], null, IsDuplicate: true, Attempts: 0);
}
