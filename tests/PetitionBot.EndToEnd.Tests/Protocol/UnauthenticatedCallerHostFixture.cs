using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>
/// A host without an app id behind a reverse proxy on loopback (it trusts that proxy's X-Forwarded-For), which also
/// lets one documentation network call without authentication.
/// </summary>
public sealed class UnauthenticatedCallerHostFixture : IAsyncLifetime
{
    public const string AllowedNetwork = "198.51.100.0/24";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("petitionbot-unauthenticated-").FullName;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Cases__Sqlite__Path"] = Path.Combine(_dataFolder, "cases.db"),
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Messages__AllowUnauthenticatedFrom__0"] = AllowedNetwork,
        });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }
}
