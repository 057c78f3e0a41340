using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using StackExchange.Redis;

namespace PetitionBot.Conversation.State.Redis;

/// <summary>
/// State storage in Redis, shared by every bot instance. Each key is a hash {doc, etag}; reads and writes
/// are Lua scripts (one round trip per batch) so compare-and-set is atomic and reads refresh the sliding TTL.
/// Connects lazily and keeps reconnecting in the background; while Redis is down every call throws
/// <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class RedisStorage : IStateStorage, IAsyncDisposable, IDisposable
{
    private static readonly RedisValue Always = "always";
    private static readonly RedisValue Match = "match";
    private static readonly RedisValue Absent = "absent";

    private readonly RedisScript _read = new(StateScripts.Read);
    private readonly RedisScript _write = new(StateScripts.Write);
    private readonly string _keyPrefix;
    private readonly RedisValue _ttlMilliseconds;
    private readonly TimeSpan _timeout;
    private readonly ConfigurationOptions? _configuration;
    private readonly bool _ownsConnection;
    private readonly Lock _connectLock = new();
    private Task<IConnectionMultiplexer>? _connecting;
    private bool _disposed;

    /// <summary>Creates a storage that opens (and owns) its own connection on first use.</summary>
    public RedisStorage(RedisStorageOptions options)
        : this(options, connection: null)
    {
        if (string.IsNullOrWhiteSpace(options.Configuration))
            throw new ArgumentException("RedisStorageOptions.Configuration must name a Redis server.", nameof(options));
        _configuration = ConfigurationOptions.Parse(options.Configuration);
        // Keep the multiplexer even when Redis is down at start-up: it reconnects by itself once Redis is back.
        _configuration.AbortOnConnectFail = false;
        _ownsConnection = true;
    }

    /// <summary>Creates a storage over a connection someone else owns (and disposes).</summary>
    public RedisStorage(IConnectionMultiplexer connection, RedisStorageOptions options)
        : this(options, connection ?? throw new ArgumentNullException(nameof(connection)))
    {
    }

    private RedisStorage(RedisStorageOptions options, IConnectionMultiplexer? connection)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SlidingTtl is { } ttl && ttl < TimeSpan.FromMilliseconds(1))
            throw new ArgumentOutOfRangeException(nameof(options), "SlidingTtl must be at least one millisecond.");
        if (options.OperationTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), "OperationTimeout must be positive.");
        _keyPrefix = options.KeyPrefix ?? "";
        _ttlMilliseconds = (long)(options.SlidingTtl?.TotalMilliseconds ?? 0);
        _timeout = options.OperationTimeout;
        if (connection is not null)
            _connecting = Task.FromResult(connection);
    }

    public async Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = keys.Distinct(StringComparer.Ordinal).ToArray();
        var redisKeys = names.Select(ToRedisKey).ToArray();
        var result = new Dictionary<string, StateItem>(names.Length, StringComparer.Ordinal);
        if (names.Length == 0)
            return result;

        var reply = await RunAsync(db => _read.EvaluateAsync(db, redisKeys, [_ttlMilliseconds]), cancellationToken).ConfigureAwait(false);
        var items = (RedisResult[])reply!;
        for (var i = 0; i < names.Length; i++)
        {
            if (items[i].IsNull)
                continue;
            var pair = (RedisResult[])items[i]!;
            result[names[i]] = new StateItem((byte[])pair[0]!, (string)pair[1]!);
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StateWrite> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var written = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        if (changes.Count == 0)
            return written;

        var names = new string[changes.Count];
        var newETags = new string[changes.Count];
        var redisKeys = new RedisKey[changes.Count];
        var arguments = new RedisValue[1 + 4 * changes.Count];
        arguments[0] = _ttlMilliseconds;
        var i = 0;
        foreach (var (key, write) in changes)
        {
            ArgumentNullException.ThrowIfNull(write);
            names[i] = key;
            redisKeys[i] = ToRedisKey(key);
            newETags[i] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            var at = 1 + 4 * i;
            arguments[at] = write.Condition switch
            {
                StateWriteCondition.IfMatch => Match,
                StateWriteCondition.IfAbsent => Absent,
                _ => Always,
            };
            arguments[at + 1] = write.ExpectedETag ?? "";
            arguments[at + 2] = newETags[i];
            arguments[at + 3] = AsArray(write.Json);
            i++;
        }

        var reply = await RunAsync(db => _write.EvaluateAsync(db, redisKeys, arguments), cancellationToken).ConfigureAwait(false);
        var outcomes = (RedisResult[])reply!;
        List<string>? conflicts = null;
        for (i = 0; i < names.Length; i++)
        {
            if ((long)outcomes[i] == 1)
                written[names[i]] = newETags[i];
            else
                (conflicts ??= []).Add(names[i]);
        }
        if (conflicts is not null)
            throw new StorageConflictException(conflicts);
        return written;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var redisKeys = keys.Select(ToRedisKey).ToArray();
        if (redisKeys.Length == 0)
            return;
        await RunAsync(db => db.KeyDeleteAsync(redisKeys), cancellationToken).ConfigureAwait(false);
    }

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken) =>
        RunAsync(db => db.PingAsync(), cancellationToken);

    public void Dispose()
    {
        Task<IConnectionMultiplexer>? connecting;
        lock (_connectLock)
        {
            if (_disposed)
                return;
            _disposed = true;
            connecting = _connecting;
        }
        if (_ownsConnection && connecting is { IsCompletedSuccessfully: true })
            connecting.Result.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private RedisKey ToRedisKey(string key)
    {
        StateKey.EnsureValid(key);
        return _keyPrefix + key;
    }

    /// <summary>Runs one Redis call within the operation timeout, turning "Redis is not there" into StorageUnavailableException.</summary>
    private async Task<T> RunAsync<T>(Func<IDatabaseAsync, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await ConnectAsync().WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
            return await call(connection.GetDatabase()).WaitAsync(_timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && IsUnavailable(e))
        {
            throw new StorageUnavailableException("Redis state storage is unavailable: " + e.Message, e);
        }
    }

    private Task<IConnectionMultiplexer> ConnectAsync()
    {
        lock (_connectLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // A failed attempt (bad configuration, DNS) is retried by the next call instead of being cached forever.
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
                _connecting = OpenAsync(_configuration!);
            return _connecting;
        }
    }

    private static async Task<IConnectionMultiplexer> OpenAsync(ConfigurationOptions configuration) =>
        await ConnectionMultiplexer.ConnectAsync(configuration.Clone()).ConfigureAwait(false);

    private static bool IsUnavailable(Exception e) => e switch
    {
        RedisConnectionException or TimeoutException or SocketException or IOException => true,
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

    /// <summary>StackExchange.Redis 1.x takes byte[]; reuse the caller's array when the memory covers it exactly.</summary>
    private static byte[] AsArray(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();
}
