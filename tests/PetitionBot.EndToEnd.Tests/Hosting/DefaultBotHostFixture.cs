namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>The bot host with embedded defaults (in-memory state, SQLite in a temp folder).</summary>
public sealed class DefaultBotHostFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-e2e-").FullName;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["Messages__MaxBodyBytes"] = "65536",
        });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
