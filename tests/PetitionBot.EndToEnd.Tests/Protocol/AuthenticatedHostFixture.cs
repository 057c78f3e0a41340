using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>
/// The bot with an app id, and local stand-ins for Azure: an OpenID metadata server with our own signing keys and a
/// client-credentials token endpoint. Started once for the class; each test brings its own channel (the service URL
/// is in the activity and the token), so one test's deliveries never show up in another's.
/// </summary>
public sealed class AuthenticatedHostFixture : IAsyncLifetime
{
    public const string AppId = "7f0d3c1e-0000-4000-8000-00000000b075";
    private const string AppPassword = "local-secret";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"petitionbot-auth-{Guid.NewGuid():N}.db");

    public OpenIdMetadataServer OpenId { get; private set; } = null!;

    public TestSigningKey Key { get; private set; } = null!;

    public ClientCredentialsTokenServer Tokens { get; private set; } = null!;

    public BotHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OpenId = await OpenIdMetadataServer.StartAsync();
        Key = OpenId.AddSigningKey("key-1", "test", "msteams");
        Tokens = await ClientCredentialsTokenServer.StartAsync(AppId, AppPassword);
        Host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["ToBotFromChannelOpenIdMetadataUrl"] = OpenId.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = OpenId.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = Tokens.Authority(),
            ["Cases__Sqlite__Path"] = _database,
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Tokens.DisposeAsync();
        await OpenId.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }
}
