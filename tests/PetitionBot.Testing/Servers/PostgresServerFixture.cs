using Xunit;

namespace PetitionBot.Testing.Servers;

/// <summary>
/// One real PostgreSQL shared by a test collection (declare <c>[CollectionDefinition]</c> with
/// <c>ICollectionFixture&lt;PostgresServerFixture&gt;</c> in the test project); tests take a fresh database each.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default) => Server.CreateDatabaseAsync(cancellationToken);

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
