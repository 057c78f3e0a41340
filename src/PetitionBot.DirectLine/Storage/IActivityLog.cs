namespace PetitionBot.DirectLine.Storage;

/// <summary>
/// Each conversation's append-only activity log. The position of an entry is its sequence number, so the
/// log length is the watermark and ids are derived from positions; no separate counter can drift.
/// </summary>
public interface IActivityLog
{
    /// <summary>
    /// Records a new conversation and makes it its user's latest; false when it already existed (nothing is changed then).
    /// </summary>
    Task<bool> CreateAsync(string conversationId, ConversationInfo info, CancellationToken cancellationToken);

    /// <summary>The id of the user's most recently created conversation, or null when there is none or it has expired.</summary>
    Task<string?> LatestOfUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The conversation's info, or null when it does not exist or has expired.</summary>
    Task<ConversationInfo?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends one activity (JSON without id) and returns its position.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken);

    /// <summary>Entries from position <paramref name="from"/> on, at most <paramref name="max"/>, oldest first.</summary>
    Task<IReadOnlyList<LoggedActivity>> ReadAsync(string conversationId, long from, int max, CancellationToken cancellationToken);
}
