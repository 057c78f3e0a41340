using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Chat.Users;

namespace PetitionBot.EndToEnd.Tests.WebChat.SignIn;

/// <summary>
/// A host with small sign-in limits and the loopback address as its reverse proxy, so a test names the client address
/// it signs in from in X-Forwarded-For and tests do not share one address's count.
/// </summary>
public sealed class SignInLimitHostFixture : IAsyncLifetime
{
    public const string Password = "锁定-Passw0rd";
    public const int MaxFailuresPerAccount = 3;
    public const int MaxFailuresPerAddress = 6;
    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(10);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-signin-limits-").FullName;
    private int _accountsUsed;

    public BotHostProcess Host { get; private set; } = null!;

    /// <summary>An account no other test has signed in to (password <see cref="Password"/>).</summary>
    public string FreshAccount() => $"officer-{Interlocked.Increment(ref _accountsUsed):00}";

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["WebChat__SignIn__MaxFailuresPerAccount"] = MaxFailuresPerAccount.ToString(),
            ["WebChat__SignIn__MaxFailuresPerAddress"] = MaxFailuresPerAddress.ToString(),
            ["WebChat__SignIn__LockDuration"] = LockDuration.ToString(),
            // One password check at a time and no waiting for a turn, so a burst shows the bound.
            ["WebChat__SignIn__MaxConcurrentHashes"] = "1",
            ["WebChat__SignIn__HashWait"] = "00:00:00",
        };
        var hash = PasswordHasher.Hash(Password);
        for (var n = 1; n <= 12; n++)
        {
            settings[$"WebChat__Users__{n}__Id"] = $"officer-{n:00}";
            settings[$"WebChat__Users__{n}__Name"] = $"警官{n}";
            settings[$"WebChat__Users__{n}__Unit"] = "城关镇";
            settings[$"WebChat__Users__{n}__Role"] = "officer";
            settings[$"WebChat__Users__{n}__PasswordHash"] = hash;
        }
        Host = await BotHostProcess.StartAsync(settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
