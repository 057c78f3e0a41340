namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>The bot host as deployed without further settings: Production environment, so loopback channels are not allowed.</summary>
public sealed class ProductionBotHostFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-e2e-").FullName;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
        });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
