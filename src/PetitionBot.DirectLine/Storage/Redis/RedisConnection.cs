using System.Net.Sockets;
using StackExchange.Redis;

namespace PetitionBot.DirectLine.Storage.Redis;

/// <summary>
/// One shared multiplexer, opened on first use; it keeps reconnecting by itself when Redis goes away. Every call
/// goes through <see cref="RunAsync{T}"/>, which bounds it in time and reports "Redis is not there" as
/// <see cref="DirectLineStorageUnavailableException"/>, so callers answer 503 instead of failing with 500.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly TimeSpan _timeout;
    private readonly Lock _lock = new();
    private Task<ConnectionMultiplexer>? _connecting;

    public RedisConnection(string configuration, TimeSpan? operationTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        _options = ConfigurationOptions.Parse(configuration);
        _options.AbortOnConnectFail = false;
        _timeout = operationTimeout ?? TimeSpan.FromSeconds(5);
    }

    private Task<ConnectionMultiplexer> GetAsync()
    {
        lock (_lock)
        {
            // A failed first attempt (DNS, bad endpoint) is retried by the next call instead of being kept forever.
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
                _connecting = ConnectionMultiplexer.ConnectAsync(_options.Clone());
            return _connecting;
        }
    }

    /// <summary>Runs one Redis call within the operation timeout.</summary>
    /// <exception cref="DirectLineStorageUnavailableException">Redis cannot be reached or did not answer in time.</exception>
    public async Task<T> RunAsync<T>(Func<ConnectionMultiplexer, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await GetAsync().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            return await call(connection).WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsUnavailable(e))
        {
            throw new DirectLineStorageUnavailableException("Redis is unavailable: " + e.Message, e);
        }
    }

    public Task RunAsync(Func<ConnectionMultiplexer, Task> call, CancellationToken cancellationToken) =>
        RunAsync(async connection =>
        {
            await call(connection).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? connecting;
        lock (_lock)
            connecting = _connecting;
        if (connecting is { IsCompletedSuccessfully: true })
            (await connecting.ConfigureAwait(false)).Dispose();
    }

    private static bool IsUnavailable(Exception e) => e switch
    {
        RedisConnectionException or TimeoutException or SocketException or IOException or ObjectDisposedException => true,
        RedisServerException server => IsTransientServerError(server.Message),
        _ => false,
    };

    /// <summary>Errors Redis gives while starting, failing over or out of disk: the data is fine, try later.</summary>
    private static bool IsTransientServerError(string message) =>
        message.StartsWith("LOADING", StringComparison.Ordinal)
        || message.StartsWith("BUSY", StringComparison.Ordinal)
        || message.StartsWith("MASTERDOWN", StringComparison.Ordinal)
        || message.StartsWith("TRYAGAIN", StringComparison.Ordinal)
        || message.StartsWith("MISCONF", StringComparison.Ordinal)
        || message.StartsWith("READONLY", StringComparison.Ordinal);
}
