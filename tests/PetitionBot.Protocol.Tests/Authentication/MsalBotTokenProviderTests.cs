using Microsoft.Identity.Client;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Testing.Peers;

namespace PetitionBot.Protocol.Tests.Authentication;

public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "1c9e4b2a-7d3f-4a6b-8e5c-0f1a2b3c4d5e";
    private const string Secret = "msal~secret";

    private ClientCredentialsTokenServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await ClientCredentialsTokenServer.StartAsync(AppId, Secret, https: true);
        _http = new HttpClient(_server.Certificate!.CreateTrustingHandler());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private MsalBotTokenProvider Provider(string secret = Secret, BotAppType type = BotAppType.MultiTenant, string? tenant = null) =>
        new(new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = secret,
            MicrosoftAppType = type,
            MicrosoftAppTenantId = tenant,
            ToChannelFromBotLoginUrl = _server.Authority(),
        }, new TrustingMsalHttpClientFactory(_http));

    [Fact]
    public async Task Msal_gets_a_token_over_the_real_wire_format_and_caches_it()
    {
        var provider = Provider();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(_server.IssuedTokens.Single(), first);
        Assert.Equal(first, second);
        Assert.Equal(1, _server.TokenRequests);
        Assert.Equal(["botframework.com"], _server.RequestedTenants);
    }

    [Fact]
    public async Task Msal_single_tenant_uses_the_bot_tenant()
    {
        var provider = Provider(type: BotAppType.SingleTenant, tenant: "contoso-tenant");

        Assert.NotNull(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(["contoso-tenant"], _server.RequestedTenants);
    }

    [Fact]
    public async Task Msal_wrong_secret_surfaces_the_service_error()
    {
        var provider = Provider(secret: "wrong");

        var error = await Assert.ThrowsAsync<MsalServiceException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
    }
}
