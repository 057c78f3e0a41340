using System.Net.Sockets;
using StackExchange.Redis;

namespace PetitionBot.Conversation.State.Redis;

/// <summary>Which failures of a Redis call mean "the server is not there right now" (answer 503, try later), not a bug.</summary>
internal static class RedisOutage
{
    public static bool Is(Exception e) => e switch
    {
        // RedisTimeoutException is a TimeoutException; ObjectDisposedException is a call racing the process's shutdown.
        RedisConnectionException or TimeoutException or SocketException or IOException or ObjectDisposedException => true,
        RedisServerException server => IsTransient(server.Kind),
        _ => false,
    };

    /// <summary>Replies of a server starting, failing over or out of disk: the data is fine, try later.</summary>
    private static bool IsTransient(RedisErrorKind kind) => kind is RedisErrorKind.Loading or RedisErrorKind.Busy
        or RedisErrorKind.MasterDown or RedisErrorKind.ClusterDown or RedisErrorKind.TryAgain
        or RedisErrorKind.Misconfigured or RedisErrorKind.ReadOnly;
}
