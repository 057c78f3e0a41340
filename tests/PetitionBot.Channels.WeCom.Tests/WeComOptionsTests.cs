namespace PetitionBot.Channels.WeCom.Tests;

public sealed class WeComOptionsTests
{
    private static WeComOptions Valid() => new()
    {
        CorpId = "ww0a1b2c3d4e5f6789",
        AgentId = 1000002,
        Secret = "app-secret",
        Token = "Tk9x",
        EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
    };

    [Fact]
    public void A_complete_configuration_has_no_problems_and_defaults_to_weCom_api_and_five_minutes()
    {
        var options = Valid();

        Assert.Empty(options.Problems());
        Assert.Equal("https://qyapi.weixin.qq.com", options.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromMinutes(5), options.MaxClockSkew);
    }

    [Theory]
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")]   // 42 characters
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CD")] // 44 characters
    [InlineData("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")]  // not Base64
    [InlineData("")]
    public void An_encoding_aes_key_that_is_not_43_base64_characters_is_a_problem(string key)
    {
        var options = Valid();
        options.EncodingAesKey = key;

        Assert.Contains(options.Problems(), p => p.StartsWith("WeCom:EncodingAesKey"));
    }

    [Fact]
    public void Each_unusable_setting_is_named()
    {
        var options = new WeComOptions { Token = "has space", ApiBaseUrl = "http://qyapi.example.org", MaxClockSkew = TimeSpan.Zero, MaxCallbackBytes = 0,
            CallbackPath = "api/wecom", TokenRefreshMargin = TimeSpan.FromHours(2), ApiTimeout = TimeSpan.Zero };

        var problems = options.Problems();

        foreach (var key in new[] { "CorpId", "AgentId", "Token", "EncodingAesKey", "ApiBaseUrl", "MaxClockSkew", "MaxCallbackBytes",
                     "Secret", "CallbackPath", "TokenRefreshMargin", "ApiTimeout" })
            Assert.Contains(problems, p => p.StartsWith("WeCom:" + key));
    }

    [Fact]
    public void A_section_with_no_credentials_is_not_configured()
    {
        Assert.False(new WeComOptions().IsConfigured);
        Assert.True(Valid().IsConfigured);
    }
}
