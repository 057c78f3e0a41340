using PetitionBot.Protocol.Schema;

namespace PetitionBot.Testing.Transcripts;

/// <summary>One user's conversation with the bot, however it is reached (in process or over HTTP).</summary>
public interface IChatConversation
{
    /// <summary>The user's local time sent with every activity, so relative dates have one right answer.</summary>
    DateTimeOffset? LocalTime { get; set; }

    /// <summary>A conversationUpdate adding the user; returns the bot's replies.</summary>
    Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken ct = default);

    /// <summary>A message from the user; returns the bot's replies.</summary>
    Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken ct = default);
}
