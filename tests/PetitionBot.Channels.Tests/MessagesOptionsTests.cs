using Microsoft.Extensions.Configuration;
using PetitionBot.Protocol.Connector;
using PetitionBot.Channels;

namespace PetitionBot.Channels.Tests;

public sealed class MessagesOptionsTests
{
    private static MessagesOptions Bind(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build()
            .GetSection("Messages").Get<MessagesOptions>() ?? new MessagesOptions();

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, null, false)]
    [InlineData(false, "true", true)]
    [InlineData(true, "false", false)]
    public void Loopback_channels_follow_the_environment_unless_configured(bool isDevelopment, string? configured, bool allowed)
    {
        var options = configured is null ? Bind() : Bind(("Messages:AllowLoopbackServiceUrls", configured));
        var refusal = options.ServiceUrlPolicy(isDevelopment).Refusal("http://127.0.0.1:3978/");
        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void Configured_hosts_are_allowed_besides_bot_frameworks()
    {
        var policy = Bind(("Messages:AllowedServiceHosts:0", "bot.xinfang.example.gov.cn")).ServiceUrlPolicy(isDevelopment: false);
        Assert.Null(policy.Refusal("https://bot.xinfang.example.gov.cn/api/"));
        Assert.Null(policy.Refusal("https://smba.trafficmanager.net/apac/"));
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, policy.Refusal("https://other.example.gov.cn/"));
    }

    [Fact]
    public void The_defaults_have_no_problems() => Assert.Empty(new MessagesOptions().Problems());

    [Theory]
    [InlineData("Messages:DeliveryRetryFirst", "00:00:00")]
    [InlineData("Messages:DeliveryRetryMax", "-00:00:01")]
    [InlineData("Messages:DeliveryClaimFor", "00:00:00")]
    [InlineData("Messages:DeliverySweepEvery", "00:00:00")]
    [InlineData("Messages:DeliveryGiveUpAfter", "00:00:00")]
    [InlineData("Messages:ReplayRepliesFor", "-00:01:00")]
    [InlineData("Messages:ReplayRepliesCount", "-1")]
    public void A_setting_that_cannot_work_is_named(string key, string value)
    {
        var problem = Assert.Single(Bind((key, value)).Problems());
        Assert.Contains(key, problem);
    }
}
