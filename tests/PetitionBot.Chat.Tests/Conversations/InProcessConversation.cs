using PetitionBot.Conversation.Turns;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Transcripts;

namespace PetitionBot.Chat.Tests.Conversations;

/// <summary>One user's conversation run straight through the turn pipeline, replies handed back as expectReplies would.</summary>
public sealed class InProcessConversation(TurnPipeline pipeline, string conversationId, string userId = "officer-1") : IChatConversation
{
    private int _sequence;

    public DateTimeOffset? LocalTime { get; set; }

    public Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken ct = default) => SendAsync(TestActivities.Join(userId), ct);

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken ct = default) => SendAsync(TestActivities.Message(text), ct);

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken ct)
    {
        TestActivities.Addressed(activity, $"{conversationId}-{Interlocked.Increment(ref _sequence)}", conversationId, userId, "test", LocalTime);
        var result = await pipeline.ProcessAsync(activity, ReplyRoute.Caller, ct);
        return result.Replies;
    }
}
