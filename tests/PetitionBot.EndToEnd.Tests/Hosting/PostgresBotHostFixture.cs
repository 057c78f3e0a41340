using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>A real PostgreSQL and the bot host keeping its cases there (in-memory conversation state).</summary>
public sealed class PostgresBotHostFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Postgres = await PostgresServer.StartAsync();
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__PostgreSQL"] = await Postgres.CreateDatabaseAsync(),
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
