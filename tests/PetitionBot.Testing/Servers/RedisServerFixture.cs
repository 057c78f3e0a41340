using Xunit;

namespace PetitionBot.Testing.Servers;

/// <summary>One real Redis shared by a test class or collection (<c>IClassFixture&lt;RedisServerFixture&gt;</c>).</summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public RedisServer Server => _server ?? throw new InvalidOperationException("The Redis fixture has not started.");

    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
