using PetitionBot.Protocol.Connector;

namespace PetitionBot.Protocol.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Production = new([], allowLoopback: false);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/apac/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://directline.botframework.azure.us/")]
    [InlineData("https://WEBCHAT.BotFramework.com:443/")]
    public void Bot_framework_hosts_are_allowed_by_default(string serviceUrl) =>
        Assert.Null(Production.Refusal(serviceUrl));

    [Theory]
    [InlineData("file:///etc/passwd", ServiceUrlRefusal.NotHttp)]
    [InlineData("ftp://webchat.botframework.com/", ServiceUrlRefusal.NotHttp)]
    [InlineData("gopher://smba.trafficmanager.net/", ServiceUrlRefusal.NotHttp)]
    [InlineData("/v3/conversations", ServiceUrlRefusal.NotAbsolute)]
    [InlineData("not a url", ServiceUrlRefusal.NotAbsolute)]
    [InlineData("", ServiceUrlRefusal.Missing)]
    [InlineData(null, ServiceUrlRefusal.Missing)]
    [InlineData("http://169.254.169.254/latest/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("http://10.0.0.8:8080/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("https://botframework.com.evil.example/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("https://evilbotframework.com/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("https://user:pw@webchat.botframework.com/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("http://127.0.0.1:3978/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("http://localhost/", ServiceUrlRefusal.HostNotAllowed)]
    [InlineData("http://[::1]:9/", ServiceUrlRefusal.HostNotAllowed)]
    public void Other_schemes_and_hosts_are_refused(string? serviceUrl, ServiceUrlRefusal expected) =>
        Assert.Equal(expected, Production.Refusal(serviceUrl));

    [Theory]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("http://127.5.6.7/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:9/")]
    public void Loopback_is_allowed_only_when_asked_for(string serviceUrl)
    {
        Assert.Null(new ServiceUrlPolicy([], allowLoopback: true).Refusal(serviceUrl));
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, Production.Refusal(serviceUrl));
    }

    [Fact]
    public void Configured_hosts_and_patterns_are_added_to_the_defaults()
    {
        var policy = new ServiceUrlPolicy(["bot.xinfang.example.gov.cn", "*.channels.example.cn", "https://Teams.Example.org/base/", "127.0.0.1"], allowLoopback: false);

        Assert.Null(policy.Refusal("https://bot.xinfang.example.gov.cn/"));
        Assert.Null(policy.Refusal("http://a.b.channels.example.cn:8443/x/"));
        Assert.Null(policy.Refusal("https://teams.example.org/other/"));
        Assert.Null(policy.Refusal("http://127.0.0.1:9/"));
        Assert.Null(policy.Refusal("https://smba.trafficmanager.net/amer/"));
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, policy.Refusal("https://channels.example.cn/"));
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, policy.Refusal("https://xinfang.example.gov.cn/"));
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, policy.Refusal("http://localhost/"));
    }

    [Fact]
    public void A_wildcard_does_not_allow_everything()
    {
        var policy = new ServiceUrlPolicy(["*", "*."], allowLoopback: false);
        Assert.Equal(ServiceUrlRefusal.HostNotAllowed, policy.Refusal("http://10.1.2.3/"));
    }
}
