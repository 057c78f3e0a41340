using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The host as `dotnet run` starts it: no users configured, so the embedded demo's sign-ins load; and Chromium.</summary>
public sealed class DemoWebChatHostFixture : IAsyncLifetime
{
    public const string DemoPassword = "demo1234";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-demo-").FullName;

    public BotHostProcess Host { get; private set; } = null!;

    public ChromiumBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
        });
        Chromium = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
            await Chromium.DisposeAsync();
        if (Host is not null)
            await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
