using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Host.WebChat;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The real bot host with one chat user configured (hashed password), and Chromium.</summary>
public class WebChatHostFixture : IAsyncLifetime
{
    public const string UserId = "e2e-officer";
    public const string UserName = "李明";
    public const string Password = "测试-Passw0rd";
    public const string TrustedHeader = "X-Remote-User";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-webchat-").FullName;

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
