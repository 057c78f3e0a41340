using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>A real Redis and the bot host using it for state, with a SQLite case file of its own.</summary>
public sealed class RedisBotHostFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-e2e-").FullName;

    public RedisServer Redis { get; private set; } = null!;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync(persistent: true);
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = Redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["Cases__SeedDemoData"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Redis.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
