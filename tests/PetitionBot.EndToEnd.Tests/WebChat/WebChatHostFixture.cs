using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Chat.Users;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The real bot host with one chat user configured (hashed password), and Chromium.</summary>
public class WebChatHostFixture : IAsyncLifetime
{
    public const string UserId = "e2e-officer";
    public const string UserName = "李明";
    public const string Password = "测试-Passw0rd";
    public const string TrustedHeader = "X-Remote-User";

    // Signing in continues a user's conversation, so a test that needs a fresh one signs in as an officer no other used.
    private const int SpareOfficers = 8;
    private int _sparesUsed;

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-webchat-").FullName;

    /// <summary>An officer account (same unit and password as <see cref="UserId"/>) that no other test has signed in as.</summary>
    public string FreshOfficerId()
    {
        var n = Interlocked.Increment(ref _sparesUsed);
        return n <= SpareOfficers ? $"{UserId}-{n}" : throw new InvalidOperationException($"Only {SpareOfficers} spare officer accounts are configured.");
    }

    public BotHostProcess Host { get; private set; } = null!;

    public ChromiumBrowser Chromium { get; private set; } = null!;

    protected virtual IDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["WebChat__Users__0__Id"] = UserId,
            ["WebChat__Users__0__Name"] = UserName,
            ["WebChat__Users__0__Unit"] = "城关镇",
            ["WebChat__Users__0__Role"] = "officer",
            ["WebChat__Users__0__PasswordHash"] = PasswordHasher.Hash(Password),
            // Browsers never send it here, so the page still signs in by password; SignInTests send it.
            ["WebChat__TrustedUserHeader"] = TrustedHeader,
        };
        var hash = PasswordHasher.Hash(Password);
        for (var n = 1; n <= SpareOfficers; n++)
        {
            // Index 1 is left to subclasses' extra users.
            settings[$"WebChat__Users__{n + 1}__Id"] = $"{UserId}-{n}";
            settings[$"WebChat__Users__{n + 1}__Name"] = $"{UserName}{n}";
            settings[$"WebChat__Users__{n + 1}__Unit"] = "城关镇";
            settings[$"WebChat__Users__{n + 1}__Role"] = "officer";
            settings[$"WebChat__Users__{n + 1}__PasswordHash"] = hash;
        }
        foreach (var (key, value) in ExtraSettings)
            settings[key] = value;
        Host = await BotHostProcess.StartAsync(settings);
        Chromium = await ChromiumBrowser.LaunchAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Chromium is not null)
            await Chromium.DisposeAsync();
        if (Host is not null)
            await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}

/// <summary>Tokens that expire in a few seconds, to see the page ask for a new sign-in.</summary>
public sealed class ShortTokenWebChatHostFixture : WebChatHostFixture
{
    protected override IDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["DirectLine__TokenLifetime"] = "00:00:06",
    };
}
