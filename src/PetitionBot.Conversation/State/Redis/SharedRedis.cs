using StackExchange.Redis;

namespace PetitionBot.Conversation.State.Redis;

/// <summary>
/// The process's one Redis connection, shared by state storage, the Direct Line logs and the sign-in counts. It owns
/// the multiplexer (opened on first use, reconnecting by itself while Redis is away), the key prefix and the operation
/// timeout. Every call goes through <see cref="RunAsync{T}"/>, which bounds it in time and reports "Redis is not there"
/// as <see cref="StorageUnavailableException"/>, so callers answer 503 instead of failing with 500.
/// </summary>
public sealed class SharedRedis : IAsyncDisposable
{
    // Reconnect attempts while Redis is away: one connection per process, so trying every second costs nothing.
    private static readonly TimeSpan ReconnectEvery = TimeSpan.FromSeconds(1);

    private readonly ConfigurationOptions _configuration;
    private readonly Lock _lock = new();
    private Task<ConnectionMultiplexer>? _connecting;
    private bool _disposed;

    public SharedRedis(SharedRedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Configuration))
            throw new ArgumentException("SharedRedisOptions.Configuration must name a Redis server.", nameof(options));
        if (options.OperationTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "OperationTimeout must be positive.");
        KeyPrefix = options.KeyPrefix ?? "";
        OperationTimeout = options.OperationTimeout;
        _configuration = ConfigurationOptions.Parse(options.Configuration);
        // Keep the multiplexer even when Redis is down at start-up: it reconnects by itself once Redis is back.
        _configuration.AbortOnConnectFail = false;
        // While disconnected, fail at once rather than queue: a queued compare-and-set could land after its caller
        // was told 503, and an outage is reported in milliseconds instead of after the timeout.
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ReconnectRetryPolicy = new LinearRetry((int)ReconnectEvery.TotalMilliseconds);
        // The library gives up on a command when its caller does, so no abandoned command lingers.
        _configuration.AsyncTimeout = (int)Math.Ceiling(OperationTimeout.TotalMilliseconds);
    }

    /// <summary>Prepended to every key and channel.</summary>
    public string KeyPrefix { get; }

    /// <summary>Longest one call waits for Redis (connecting included) before it is reported unavailable.</summary>
    public TimeSpan OperationTimeout { get; }

    /// <summary>Runs one Redis call within the operation timeout.</summary>
    /// <exception cref="StorageUnavailableException">Redis cannot be reached or did not answer in time.</exception>
    public async Task<T> RunAsync<T>(Func<IConnectionMultiplexer, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            var connection = await ConnectAsync().WaitAsync(OperationTimeout, cancellationToken).ConfigureAwait(false);
            return await call(connection).WaitAsync(OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && RedisOutage.Is(e))
        {
            throw new StorageUnavailableException("Redis is unavailable: " + e.Message, e);
        }
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(Func<IConnectionMultiplexer, Task> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RunAsync(async connection =>
        {
            await call(connection).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? connecting;
        lock (_lock)
        {
            if (_disposed)
                return;
            _disposed = true;
            connecting = _connecting;
        }
        if (connecting is null)
            return;
        ConnectionMultiplexer connection;
        try
        {
            // A connect still under way is bounded by the connect timeout; it must not be left open behind us.
            connection = await connecting.ConfigureAwait(false);
        }
        catch (Exception) when (connecting.IsFaulted || connecting.IsCanceled)
        {
            return; // never connected: nothing to close
        }
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private Task<ConnectionMultiplexer> ConnectAsync()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A failed attempt (bad endpoint, DNS) is retried by the next call instead of being kept forever.
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
                _connecting = ConnectionMultiplexer.ConnectAsync(_configuration.Clone());
            return _connecting;
        }
    }
}
