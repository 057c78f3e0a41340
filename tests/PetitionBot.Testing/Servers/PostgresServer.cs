using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PetitionBot.Testing.Servers;

/// <summary>
/// A real PostgreSQL (initdb + postgres from the Debian packages) on a free loopback port in its own temporary
/// directory, with trust authentication on loopback only; stopped and deleted on dispose. PostgreSQL refuses to
/// run as root, so under root the binaries run as the <c>postgres</c> OS user, which owns the directory.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string InstallHint = "PostgreSQL is not installed: apt-get install -y postgresql";
    private const string SuperUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _binaries;
    private readonly bool _asPostgresUser;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private PostgresServer(string binaries, bool asPostgresUser, int port, string directory)
    {
        _binaries = binaries;
        _asPostgresUser = asPostgresUser;
        Port = port;
        RootDirectory = directory;
    }

    public int Port { get; }

    /// <summary>The temporary directory holding the data directory and the socket.</summary>
    public string RootDirectory { get; }

    private string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>Starts a server and waits until it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or does not come up.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var binaries = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        for (var attempt = 1; ; attempt++)
        {
            var directory = System.IO.Directory.CreateTempSubdirectory("petitionbot-pg-").FullName;
            var server = new PostgresServer(binaries, asPostgresUser, FreeTcpPort.Next(), directory);
            try
            {
                await server.InitAsync(cancellationToken);
                await server.LaunchAsync(cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Output.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                // Someone took the port between choosing and binding it; pick another.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>An Npgsql connection string for a database on this server.</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={database};Timeout=15;Command Timeout=30");

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await RunToolAsync("createdb", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, name],
            cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>Stops the server, keeping its data, to test what the bot does while the database is down.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            try
            {
                await RunToolAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Fall through to killing it.
            }
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts a stopped server again on the same port with the same data.</summary>
    public Task StartAgainAsync(CancellationToken cancellationToken = default) => LaunchAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            System.IO.Directory.Delete(RootDirectory, recursive: true);
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

    private async Task InitAsync(CancellationToken cancellationToken)
    {
        if (_asPostgresUser)
            await RunAsync("chown", ["-R", $"{SuperUser}:{SuperUser}", RootDirectory], cancellationToken);
        await RunToolAsync("initdb",
            ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
            cancellationToken);
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        // Durability is irrelevant for throw-away test data; fsync off keeps the run fast.
        string[] arguments =
        [
            "-D", DataDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={RootDirectory}",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=200",
        ];
        var start = StartInfo(Path.Combine(_binaries, "postgres"), arguments);
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new InvalidOperationException($"postgres exited while starting on port {Port}:\n{Output}");
            var (code, _) = await ExecuteAsync(StartInfo(Path.Combine(_binaries, "pg_isready"),
                ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser]), cancellationToken);
            if (code == 0)
                return;
            if (DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"postgres did not accept connections on port {Port} within {StartTimeout}:\n{Output}");
            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task RunToolAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var (code, output) = await ExecuteAsync(StartInfo(Path.Combine(_binaries, tool), arguments), cancellationToken);
        if (code != 0)
            throw new InvalidOperationException($"{tool} failed with exit code {code}:\n{output}");
    }

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var (code, output) = await ExecuteAsync(start, cancellationToken);
        if (code != 0)
            throw new InvalidOperationException($"{program} failed with exit code {code}:\n{output}");
    }

    /// <summary>Runs a PostgreSQL binary, as the postgres user when we are root.</summary>
    private ProcessStartInfo StartInfo(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(_asPostgresUser ? "runuser" : executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RootDirectory,
        };
        if (_asPostgresUser)
        {
            foreach (var argument in new[] { "-u", SuperUser, "--", executable })
                start.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }

    private static async Task<(int Code, string Output)> ExecuteAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    /// <summary>The newest /usr/lib/postgresql/*/bin that has initdb and postgres.</summary>
    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
            throw new InvalidOperationException(InstallHint);
        return System.IO.Directory.GetDirectories(root)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault() ?? throw new InvalidOperationException(InstallHint);
    }
}
