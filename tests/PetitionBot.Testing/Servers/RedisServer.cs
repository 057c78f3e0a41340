using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PetitionBot.Testing.Servers;

/// <summary>
/// A real redis-server on a free loopback port in its own temporary directory, stopped and deleted on dispose.
/// Without <c>persistent</c> nothing is written to disk during the run; <see cref="RestartAsync"/> always saves
/// a snapshot first, so data survives a restart either way.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string InstallHint = "redis-server is not installed: apt-get install -y redis-server";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _executable;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private RedisServer(string executable, int port, string dataDirectory, bool persistent)
    {
        _executable = executable;
        Port = port;
        DataDirectory = dataDirectory;
        IsPersistent = persistent;
    }

    public int Port { get; }

    public string DataDirectory { get; }

    /// <summary>True when started with an append-only file, so even a killed server keeps every write.</summary>
    public bool IsPersistent { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is missing or does not come up.</exception>
    public static async Task<RedisServer> StartAsync(bool persistent = false, CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable();
        for (var attempt = 1; ; attempt++)
        {
            var directory = Directory.CreateTempSubdirectory("petitionbot-redis-").FullName;
            var server = new RedisServer(executable, FreeTcpPort.Next(), directory, persistent);
            try
            {
                await server.LaunchAsync(cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Output.Contains("Address already in use", StringComparison.Ordinal))
            {
                // Someone took the port between choosing and binding it; pick another.
                await server.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>Stops the server (a graceful SHUTDOWN); the port and directory are kept for a later restart.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default) =>
        await ShutdownAsync(IsPersistent ? "SAVE" : "NOSAVE", cancellationToken).ConfigureAwait(false);

    /// <summary>Saves a snapshot, stops, and starts again on the same port and directory; waits until PING answers.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
            await ShutdownAsync("SAVE", cancellationToken).ConfigureAwait(false);
        await LaunchAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one command and returns the reply line (status, error, integer or bulk string).</summary>
    public async Task<string?> CommandAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync(EncodeCommand(arguments), cancellationToken).ConfigureAwait(false);
        return await ReadReplyAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
            _process.Dispose();
            _process = null;
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var configFile = Path.Combine(DataDirectory, "redis.conf");
        await File.WriteAllTextAsync(configFile, Configuration(), cancellationToken).ConfigureAwait(false);
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = DataDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(configFile);
        _process?.Dispose();
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(cancellationToken).ConfigureAwait(false);
    }

    private string Configuration()
    {
        var lines = new List<string>
        {
            $"port {Port.ToString(CultureInfo.InvariantCulture)}",
            "bind 127.0.0.1",
            "protected-mode yes",
            "daemonize no",
            $"dir \"{DataDirectory}\"",
            "logfile \"\"",
            "save \"\"",
            "dbfilename dump.rdb",
        };
        lines.Add(IsPersistent ? "appendonly yes" : "appendonly no");
        if (IsPersistent)
            lines.Add("appendfsync always");
        return string.Join('\n', lines) + "\n";
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process!.HasExited)
                throw new InvalidOperationException($"redis-server exited while starting on port {Port}:\n{Output}");
            try
            {
                // Another test's server may hold the port we were given; only our own process counts.
                if (await CommandAsync(cancellationToken, "PING").ConfigureAwait(false) == "PONG"
                    && await IsOwnProcessAsync(cancellationToken).ConfigureAwait(false))
                    return;
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within {StartTimeout}:\n{Output}");
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsOwnProcessAsync(CancellationToken cancellationToken)
    {
        var info = await CommandAsync(cancellationToken, "INFO", "server").ConfigureAwait(false) ?? "";
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("process_id:", StringComparison.Ordinal));
        return line is not null
            && int.TryParse(line["process_id:".Length..].Trim(), CultureInfo.InvariantCulture, out var id)
            && id == _process!.Id;
    }

    private async Task ShutdownAsync(string mode, CancellationToken cancellationToken)
    {
        if (!IsRunning)
            return;
        try
        {
            // On success the server closes the connection without a reply.
            await CommandAsync(cancellationToken, "SHUTDOWN", mode).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StopTimeout);
        try
        {
            await _process!.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _process!.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"redis-server on port {Port} did not shut down within {StopTimeout}:\n{Output}");
        }
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    private static string FindExecutable()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "redis-server"))
            .Append("/usr/bin/redis-server");
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(InstallHint);
    }

    private static byte[] EncodeCommand(string[] arguments)
    {
        var command = new StringBuilder().Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
            command.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        return Encoding.UTF8.GetBytes(command.ToString());
    }

    private static async Task<string?> ReadReplyAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(stream, cancellationToken).ConfigureAwait(false);
        if (line is null)
            return null;
        if (line[0] != '$')
            return line[0] is '+' or ':' or '-' ? line[1..] : line;
        var length = int.Parse(line.AsSpan(1), CultureInfo.InvariantCulture);
        if (length < 0)
            return null;
        var body = new byte[length + 2];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(body, 0, length);
    }

    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 1)
        {
            if (one[0] == '\n' && bytes.Count > 0 && bytes[^1] == '\r')
                return Encoding.UTF8.GetString(bytes.ToArray(), 0, bytes.Count - 1);
            bytes.Add(one[0]);
        }
        return null;
    }
}
