using System.Diagnostics;
using System.Text;
using PetitionBot.Testing;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>The real bot host as a child process on a free loopback port, configured by environment variables like a deployment.</summary>
public sealed class BotHostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private BotHostProcess(Dictionary<string, string> settings, int port)
    {
        _settings = settings;
        Port = port;
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public HttpClient Client { get; }

    /// <summary>The running host's process id (for memory readings).</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>Everything the host printed, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static async Task<BotHostProcess> StartAsync(IDictionary<string, string>? settings = null, CancellationToken ct = default)
    {
        var all = new Dictionary<string, string>
        {
            ["Dialogs__Folder"] = RepositoryRoot.Combine("dialogs"),
            ["Regulations__Folder"] = RepositoryRoot.Combine("regulations"),
            // The county's places as a deployment lists them, for 属地 answers.
            ["Dialogs__Places__0"] = "城关镇",
            ["Dialogs__Places__1"] = "东关街道",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
            // The one line a person reads at start-up (which address to open) stays on, as in a default run.
            ["Logging__LogLevel__PetitionBot.Host.Startup"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var host = new BotHostProcess(all, FreeTcpPort.Next());
        await host.StartProcessAsync(ct);
        return host;
    }

    /// <summary>Stops the process and starts it again on the same port with the same settings.</summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        await StopAsync();
        await StartProcessAsync(ct);
    }

    private async Task StartProcessAsync(CancellationToken ct)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "PetitionBot.Host.dll");
        var info = new ProcessStartInfo("dotnet", [hostDll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in _settings) info.Environment[key] = value;
        _process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the bot host.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot host exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await Client.GetAsync("healthz", ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The bot host did not answer /healthz within 60 s:\n{Output}");
    }

    /// <summary>Waits until the host has printed a line containing <paramref name="text"/>; returns that line.</summary>
    public async Task<string> WaitForOutputLineAsync(string text, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null) return line.TrimEnd('\r');
            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException($"The bot host did not print \"{text}\" within {timeout.TotalSeconds:0} s:\n{Output}");
            await Task.Delay(50, ct);
        }
    }

    /// <summary>
    /// Waits until the reminder scheduler has finished <paramref name="count"/> more ticks (needs its Debug log, see
    /// <see cref="ReminderTicksLogged"/>): whatever was due when this was called has been sent by then.
    /// </summary>
    public async Task WaitForReminderTicksAsync(int count, TimeSpan timeout, CancellationToken ct = default)
    {
        var target = CountLines(ReminderTick) + count;
        var deadline = DateTime.UtcNow + timeout;
        while (CountLines(ReminderTick) < target)
        {
            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException($"The reminder scheduler did not finish {count} more ticks within {timeout.TotalSeconds:0} s:\n{Output}");
            await Task.Delay(20, ct);
        }
    }

    /// <summary>The setting that makes the host log each finished reminder tick.</summary>
    public static KeyValuePair<string, string> ReminderTicksLogged { get; } = new("Logging__LogLevel__PetitionBot.Host.Reminders.ReminderHostedService", "Debug");

    private const string ReminderTick = "Reminder tick ";

    private int CountLines(string text) => Output.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Asks the host to shut down (SIGTERM, as a service manager does) and waits until it has exited.</summary>
    public async Task StopGracefullyAsync(TimeSpan timeout)
    {
        if (_process is null || _process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        await StopAsync();
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
    }
}
