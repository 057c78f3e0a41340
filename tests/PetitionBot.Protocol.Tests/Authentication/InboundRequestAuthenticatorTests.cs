using PetitionBot.Protocol.Authentication;
using PetitionBot.Testing.Peers;

namespace PetitionBot.Protocol.Tests.Authentication;

public sealed class InboundRequestAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "4f1b7a52-0c8e-4d6b-9a55-3c2d1e0f9a77";
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private const string ChannelId = "msteams";

    private readonly HttpClient _http = new();
    private OpenIdMetadataServer _channel = null!;
    private OpenIdMetadataServer _emulator = null!;
    private TestSigningKey _key = null!;

    public async Task InitializeAsync()
    {
        _channel = await OpenIdMetadataServer.StartAsync();
        _emulator = await OpenIdMetadataServer.StartAsync(EmulatorIssuers.Known[0]);
        _key = _channel.AddSigningKey("channel-key", "msteams", "webchat");
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _emulator.DisposeAsync();
        _http.Dispose();
    }

    private InboundRequestAuthenticator Authenticator(string? appId = AppId) => new(new BotAuthenticationOptions
    {
        MicrosoftAppId = appId,
        ToBotFromChannelOpenIdMetadataUrl = _channel.MetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl = _emulator.MetadataUrl,
    }, _http);

    private TestTokenContents Valid => new() { Audience = AppId, ServiceUrl = ServiceUrl };

    private Task<InboundAuthenticationResult> Check(string? header, InboundRequestAuthenticator? authenticator = null,
        string channelId = ChannelId, string serviceUrl = ServiceUrl) =>
        (authenticator ?? Authenticator()).AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);

    private static void AssertFails(InboundAuthenticationResult result, AuthenticationFailureReason reason)
    {
        Assert.False(result.Succeeded, "expected a rejection");
        Assert.Equal(reason, result.Failure);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await Check("Bearer " + _channel.MintToken(_key, Valid));

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(result.IsAnonymous);
        Assert.Equal(ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task Activity_overload_checks_the_activity_channel_and_service_url()
    {
        var token = "Bearer " + _channel.MintToken(_key, Valid);
        var authenticator = Authenticator();

        var good = await authenticator.AuthenticateAsync(token,
            new PetitionBot.Protocol.Schema.Activity { ChannelId = ChannelId, ServiceUrl = ServiceUrl }, CancellationToken.None);
        var elsewhere = await authenticator.AuthenticateAsync(token,
            new PetitionBot.Protocol.Schema.Activity { ChannelId = ChannelId, ServiceUrl = "https://other.example/" }, CancellationToken.None);

        Assert.True(good.Succeeded, good.ToString());
        AssertFails(elsewhere, AuthenticationFailureReason.ServiceUrlMismatch);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Stronger_rsa_algorithms_are_accepted(string algorithm)
    {
        var result = await Check("Bearer " + _channel.MintToken(_key, Valid with { Algorithm = algorithm }));
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Service_url_claim_compares_case_insensitively()
    {
        var result = await Check("Bearer " + _channel.MintToken(_key, Valid with { ServiceUrl = ServiceUrl.ToUpperInvariant() }));
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Wrong_issuer_is_rejected() =>
        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid with { Issuer = "https://api.botframework.us" })),
            AuthenticationFailureReason.InvalidIssuer);

    [Fact]
    public async Task Wrong_audience_is_rejected() =>
        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid with { Audience = "someone-else" })),
            AuthenticationFailureReason.InvalidAudience);

    [Fact]
    public async Task Token_expired_beyond_the_skew_is_rejected()
    {
        var now = DateTimeOffset.UtcNow;
        var token = _channel.MintToken(_key, Valid with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) });
        AssertFails(await Check("Bearer " + token), AuthenticationFailureReason.Expired);
    }

    [Fact]
    public async Task Token_expired_within_the_skew_is_still_accepted()
    {
        var now = DateTimeOffset.UtcNow;
        var token = _channel.MintToken(_key, Valid with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-3) });
        var result = await Check("Bearer " + token);
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Token_not_yet_valid_beyond_the_skew_is_rejected()
    {
        var now = DateTimeOffset.UtcNow;
        var token = _channel.MintToken(_key, Valid with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) });
        AssertFails(await Check("Bearer " + token), AuthenticationFailureReason.NotYetValid);
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_rejected()
    {
        var stranger = _channel.CreateUnpublishedKey("stranger-key");
        AssertFails(await Check("Bearer " + _channel.MintToken(stranger, Valid)), AuthenticationFailureReason.UnknownSigningKey);
    }

    [Fact]
    public async Task Token_claiming_a_published_key_id_but_signed_by_another_key_is_rejected()
    {
        var forger = _channel.CreateUnpublishedKey();
        var token = _channel.MintToken(forger, Valid, keyIdInHeader: _key.KeyId);
        AssertFails(await Check("Bearer " + token), AuthenticationFailureReason.InvalidSignature);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("Basic")]
    public async Task Scheme_other_than_exact_Bearer_is_rejected(string scheme) =>
        AssertFails(await Check(scheme + " " + _channel.MintToken(_key, Valid)), AuthenticationFailureReason.InvalidScheme);

    [Fact]
    public async Task Garbage_bearer_value_is_rejected_as_malformed() =>
        AssertFails(await Check("Bearer not-a-jwt"), AuthenticationFailureReason.MalformedToken);

    [Fact]
    public async Task Missing_service_url_claim_is_rejected() =>
        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid with { ServiceUrl = null })),
            AuthenticationFailureReason.MissingServiceUrlClaim);

    [Fact]
    public async Task Service_url_claim_for_another_endpoint_is_rejected() =>
        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid), serviceUrl: "https://evil.example/apac/"),
            AuthenticationFailureReason.ServiceUrlMismatch);

    [Fact]
    public async Task Channel_missing_from_the_key_endorsements_is_rejected() =>
        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid), channelId: "directline"),
            AuthenticationFailureReason.ChannelNotEndorsed);

    [Fact]
    public async Task Key_without_endorsements_accepts_any_channel()
    {
        var plain = _channel.AddSigningKey("plain-key");
        var result = await Check("Bearer " + _channel.MintToken(plain, Valid), channelId: "directline");
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Missing_header_is_rejected_when_an_app_id_is_configured() =>
        AssertFails(await Check(null), AuthenticationFailureReason.MissingAuthorizationHeader);

    [Fact]
    public async Task Auth_disabled_accepts_a_request_without_header_as_anonymous()
    {
        var authenticator = Authenticator(appId: null);

        var result = await Check(null, authenticator);

        Assert.True(authenticator.IsAuthenticationDisabled);
        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
    }

    [Fact]
    public async Task Auth_disabled_still_rejects_a_request_carrying_a_token()
    {
        var authenticator = Authenticator(appId: "");
        var token = _channel.MintToken(_key, Valid);

        var result = await Check("Bearer " + token, authenticator);

        AssertFails(result, AuthenticationFailureReason.InvalidAudience);
    }

    [Fact]
    public async Task Metadata_is_fetched_once_and_cached_across_requests()
    {
        var authenticator = Authenticator();
        for (var i = 0; i < 3; i++)
            Assert.True((await Check("Bearer " + _channel.MintToken(_key, Valid), authenticator)).Succeeded);

        // One fetch for the signing keys and one for the endorsements.
        Assert.Equal(2, _channel.MetadataRequests);
        Assert.Equal(2, _channel.KeysRequests);
    }

    [Fact]
    public async Task Key_published_after_the_first_fetch_is_picked_up_by_a_refresh()
    {
        var authenticator = Authenticator();
        Assert.True((await Check("Bearer " + _channel.MintToken(_key, Valid), authenticator)).Succeeded);

        var rolled = _channel.AddSigningKey("rolled-key", "msteams");
        var result = await Check("Bearer " + _channel.MintToken(rolled, Valid), authenticator);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(_channel.KeysRequests > 2, "expected the key set to be fetched again");
    }

    [Fact]
    public async Task Tokens_with_made_up_key_ids_do_not_make_the_key_set_refetch_each_time()
    {
        var authenticator = Authenticator();
        Assert.True((await Check("Bearer " + _channel.MintToken(_key, Valid), authenticator)).Succeeded);

        for (var i = 0; i < 5; i++)
        {
            var bogus = _channel.CreateUnpublishedKey();
            AssertFails(await Check("Bearer " + _channel.MintToken(bogus, Valid), authenticator), AuthenticationFailureReason.UnknownSigningKey);
        }

        // First fetch (2) + one forced re-fetch (2) + at most one background refresh (2); unthrottled would be 12.
        Assert.InRange(_channel.KeysRequests, 4, 6);
    }

    [Fact]
    public async Task Unreachable_metadata_is_reported_as_such()
    {
        var authenticator = new InboundRequestAuthenticator(new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            ToBotFromChannelOpenIdMetadataUrl = "http://127.0.0.1:1/v1/.well-known/openidconfiguration",
        }, _http);

        AssertFails(await Check("Bearer " + _channel.MintToken(_key, Valid), authenticator),
            AuthenticationFailureReason.MetadataUnavailable);
    }

    private string EmulatorToken(string version, string appIdClaim, string appId, string? issuer = null)
    {
        var key = _emulator.AddSigningKey();
        return _emulator.MintToken(key, new TestTokenContents
        {
            Issuer = issuer,
            Audience = AppId,
            Claims = new Dictionary<string, string> { ["ver"] = version, [appIdClaim] = appId },
        });
    }

    [Fact]
    public async Task Emulator_v1_token_with_our_appid_is_accepted()
    {
        var result = await Check("Bearer " + EmulatorToken("1.0", "appid", AppId), channelId: "emulator");
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Emulator_v2_token_with_our_azp_is_accepted()
    {
        var result = await Check("Bearer " + EmulatorToken("2.0", "azp", AppId, EmulatorIssuers.Known[1]), channelId: "emulator");
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Emulator_v2_token_from_the_bot_tenant_is_accepted()
    {
        const string tenant = "0a1b2c3d-1111-2222-3333-444455556666";
        var key = _emulator.AddSigningKey();
        var token = _emulator.MintToken(key, new TestTokenContents
        {
            Issuer = $"https://login.microsoftonline.com/{tenant}/v2.0",
            Claims = new Dictionary<string, string> { ["ver"] = "2.0", ["azp"] = AppId, ["tid"] = tenant },
        });
        var result = await Check("Bearer " + token, channelId: "emulator");
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Emulator_v1_token_for_another_app_is_rejected() =>
        AssertFails(await Check("Bearer " + EmulatorToken("1.0", "appid", "other-app"), channelId: "emulator"),
            AuthenticationFailureReason.AppIdMismatch);

    [Fact]
    public async Task Emulator_v2_token_carrying_appid_instead_of_azp_is_rejected() =>
        AssertFails(await Check("Bearer " + EmulatorToken("2.0", "appid", AppId), channelId: "emulator"),
            AuthenticationFailureReason.AppIdMismatch);

    [Fact]
    public async Task Emulator_token_without_version_is_rejected()
    {
        var key = _emulator.AddSigningKey();
        var token = _emulator.MintToken(key, new TestTokenContents { Claims = new Dictionary<string, string> { ["appid"] = AppId } });
        AssertFails(await Check("Bearer " + token, channelId: "emulator"), AuthenticationFailureReason.MissingTokenVersion);
    }

    [Fact]
    public async Task Emulator_issuer_signed_by_a_channel_key_is_rejected()
    {
        // The issuer picks the emulator key set, so a key from the channel set must not verify.
        var token = _channel.MintToken(_key, new TestTokenContents
        {
            Issuer = EmulatorIssuers.Known[0],
            Claims = new Dictionary<string, string> { ["ver"] = "1.0", ["appid"] = AppId },
        });
        AssertFails(await Check("Bearer " + token, channelId: "emulator"), AuthenticationFailureReason.UnknownSigningKey);
    }
}
