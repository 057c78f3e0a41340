using Microsoft.Extensions.Configuration;
using PetitionBot.Protocol.Authentication;

namespace PetitionBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Binds_from_the_bot_framework_configuration_keys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "tenant",
            ["MicrosoftAppType"] = "SingleTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://meta.example/openid",
            ["ToBotFromChannelTokenIssuer"] = "https://issuer.example",
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://emulator.example/openid",
            ["ToChannelFromBotLoginUrl"] = "https://login.example/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://scope.example/.default",
        }).Build();

        var options = configuration.Get<BotAuthenticationOptions>()!;

        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("pw", options.MicrosoftAppPassword);
        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("https://meta.example/openid", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://issuer.example", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://emulator.example/openid", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://scope.example/.default", options.ToChannelFromBotOAuthScope);
        Assert.Equal("https://login.example/tenant", options.ResolveLoginAuthority());
        Assert.False(options.IsAuthenticationDisabled);
    }

    [Fact]
    public void Defaults_are_the_public_cloud_and_auth_disabled()
    {
        var options = new BotAuthenticationOptions();

        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.ResolveLoginAuthority());
        Assert.Equal("https://api.botframework.com/.default", options.ToChannelFromBotOAuthScope);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/t-1")]
    [InlineData("https://login.microsoftonline.com/botframework.com/", "https://login.microsoftonline.com/t-1")]
    [InlineData("https://login.microsoftonline.com", "https://login.microsoftonline.com/t-1")]
    [InlineData("http://127.0.0.1:8080/idp/botframework.com", "http://127.0.0.1:8080/idp/t-1")]
    public void Single_tenant_swaps_in_the_bot_tenant(string login, string expected)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppType = BotAppType.SingleTenant,
            MicrosoftAppTenantId = "t-1",
            ToChannelFromBotLoginUrl = login,
        };
        Assert.Equal(expected, options.ResolveLoginAuthority());
    }

    [Fact]
    public void Single_tenant_without_tenant_id_is_a_configuration_error() =>
        Assert.Throws<InvalidOperationException>(() =>
            new BotAuthenticationOptions { MicrosoftAppType = BotAppType.SingleTenant }.ResolveLoginAuthority());

    [Theory]
    [InlineData("app", "", "MultiTenant", "", "MicrosoftAppPassword is empty")]
    [InlineData("app", "pw", "SingleTenant", "", "MicrosoftAppTenantId is empty")]
    [InlineData("", "pw", "MultiTenant", "", "MicrosoftAppId is empty")]
    public void A_missing_or_contradictory_setting_is_named(string appId, string password, string type, string tenant, string expected)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = Enum.Parse<BotAppType>(type), MicrosoftAppTenantId = tenant,
        };

        Assert.Contains(options.Problems(), p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "", "MultiTenant", "")]
    [InlineData("app", "pw", "MultiTenant", "")]
    [InlineData("app", "pw", "SingleTenant", "tenant")]
    public void Usable_settings_have_no_problem(string appId, string password, string type, string tenant) =>
        Assert.Empty(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = Enum.Parse<BotAppType>(type), MicrosoftAppTenantId = tenant,
        }.Problems());
}
