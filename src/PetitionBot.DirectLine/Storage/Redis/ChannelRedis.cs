using PetitionBot.Conversation.State;
using PetitionBot.Conversation.State.Redis;
using StackExchange.Redis;

namespace PetitionBot.DirectLine.Storage.Redis;

/// <summary>
/// The channel's calls over the process's <see cref="SharedRedis"/>: its keys sit under the shared prefix plus "dl:",
/// and an outage (as <see cref="SharedRedis"/> classifies it) is reported in the channel's own terms.
/// </summary>
internal static class ChannelRedis
{
    public static string ChannelKeyPrefix(this SharedRedis redis) => redis.KeyPrefix + "dl:";

    /// <exception cref="DirectLineStorageUnavailableException">Redis cannot be reached or did not answer in time.</exception>
    public static async Task<T> RunForChannelAsync<T>(this SharedRedis redis, Func<IConnectionMultiplexer, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.RunAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException e)
        {
            throw new DirectLineStorageUnavailableException(e.Message, e);
        }
    }

    /// <inheritdoc cref="RunForChannelAsync{T}"/>
    public static Task RunForChannelAsync(this SharedRedis redis, Func<IConnectionMultiplexer, Task> call, CancellationToken cancellationToken) =>
        redis.RunForChannelAsync(async connection =>
        {
            await call(connection).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
