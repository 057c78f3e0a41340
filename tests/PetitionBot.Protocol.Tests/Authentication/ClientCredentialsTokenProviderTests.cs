using PetitionBot.Protocol.Authentication;
using PetitionBot.Testing.Peers;

namespace PetitionBot.Protocol.Tests.Authentication;

public sealed class ClientCredentialsTokenProviderTests : IAsyncLifetime
{
    private const string AppId = "9d2c7e10-5b3a-4e8f-a1c2-6d7e8f9a0b1c";
    private const string Secret = "s3cr3t~value";

    private readonly HttpClient _http = new();
    private ClientCredentialsTokenServer _server = null!;

    public async Task InitializeAsync() => _server = await ClientCredentialsTokenServer.StartAsync(AppId, Secret);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private BotAuthenticationOptions Options(string secret = Secret) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppPassword = secret,
        ToChannelFromBotLoginUrl = _server.Authority(),
    };

    [Fact]
    public async Task Token_is_fetched_once_and_reused_while_fresh()
    {
        using var provider = new ClientCredentialsTokenProvider(Options(), _http);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);
        var third = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(1, _server.TokenRequests);
        Assert.Equal(_server.IssuedTokens.Single(), first);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(["botframework.com"], _server.RequestedTenants);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        using var provider = new ClientCredentialsTokenProvider(Options(), _http);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None)));

        Assert.Equal(1, _server.TokenRequests);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task Token_close_to_expiry_is_renewed()
    {
        // Lifetime shorter than the refresh margin: every call must fetch anew.
        _server.ExpiresInSeconds = (int)ClientCredentialsTokenProvider.RefreshMargin.TotalSeconds - 60;
        using var provider = new ClientCredentialsTokenProvider(Options(), _http);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(2, _server.TokenRequests);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Single_tenant_requests_from_its_own_tenant()
    {
        var options = Options();
        options.MicrosoftAppType = BotAppType.SingleTenant;
        options.MicrosoftAppTenantId = "contoso-tenant";
        using var provider = new ClientCredentialsTokenProvider(options, _http);

        Assert.NotNull(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(["contoso-tenant"], _server.RequestedTenants);
    }

    [Fact]
    public async Task Wrong_secret_fails_with_the_oauth_error_and_no_secret_in_the_message()
    {
        using var provider = new ClientCredentialsTokenProvider(Options("wrong-secret"), _http);

        var error = await Assert.ThrowsAsync<BotTokenRequestException>(() => provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_client", error.Error);
        Assert.DoesNotContain("wrong-secret", error.Message);
    }

    [Fact]
    public async Task Factory_without_app_id_gives_no_token()
    {
        var provider = BotTokenProviderFactory.Create(new BotAuthenticationOptions(), _http);

        Assert.IsType<AnonymousBotTokenProvider>(provider);
        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(0, _server.TokenRequests);
    }

    [Fact]
    public void Factory_picks_plain_post_for_http_and_msal_for_https()
    {
        Assert.IsType<ClientCredentialsTokenProvider>(BotTokenProviderFactory.Create(Options(), _http));
        Assert.IsType<MsalBotTokenProvider>(BotTokenProviderFactory.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = Secret,
        }, _http));
    }
}
