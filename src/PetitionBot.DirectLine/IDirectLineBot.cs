using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine;

/// <summary>
/// The bot behind the channel: runs one turn for an activity the channel has already stamped and logged,
/// and returns that turn's replies (like deliveryMode expectReplies). Throwing means the bot failed (the client gets 502);
/// throwing <see cref="Storage.DirectLineStorageUnavailableException"/> means its storage is down (503, send again later).
/// </summary>
public interface IDirectLineBot
{
    Task<IReadOnlyList<Activity>> ProcessAsync(Activity activity, CancellationToken cancellationToken);
}
