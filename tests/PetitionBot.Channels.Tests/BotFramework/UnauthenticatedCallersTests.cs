using System.Net;
using Microsoft.Extensions.Configuration;
using PetitionBot.Protocol.Authentication;
using PetitionBot.Channels.BotFramework;

namespace PetitionBot.Channels.Tests.BotFramework;

/// <summary>Who may call /api/messages without authentication when no app id is configured.</summary>
public sealed class UnauthenticatedCallersTests
{
    private static UnauthenticatedCallers Callers(string? appId = null, params string[] allowed)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = appId is null ? null : "secret" };
        for (var i = 0; i < allowed.Length; i++)
            settings[$"Messages:AllowUnauthenticatedFrom:{i}"] = allowed[i];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var auth = new BotAuthenticationOptions();
        configuration.Bind(auth);
        var problems = new List<string>();
        var callers = UnauthenticatedCallers.From(auth, configuration, problems);
        Assert.Empty(problems);
        return callers;
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.3.4.5")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void This_machine_may_call_without_a_setting(string address) =>
        Assert.True(Callers().Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("192.168.1.20")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("fe80::1")]
    public void Any_other_address_may_not(string address) =>
        Assert.False(Callers().Allows(IPAddress.Parse(address)));

    [Fact]
    public void A_caller_without_an_address_is_not_taken_for_a_local_one() =>
        Assert.False(Callers().Allows(null));

    [Fact]
    public void The_setting_adds_networks_and_single_addresses_to_loopback()
    {
        var callers = Callers(null, "10.20.0.0/16", "192.0.2.7", "fd00::/8");

        Assert.True(callers.Allows(IPAddress.Parse("10.20.30.40")));
        Assert.True(callers.Allows(IPAddress.Parse("::ffff:10.20.1.1")));
        Assert.True(callers.Allows(IPAddress.Parse("192.0.2.7")));
        Assert.True(callers.Allows(IPAddress.Parse("fd12::5")));
        Assert.True(callers.Allows(IPAddress.Loopback));
        Assert.False(callers.Allows(IPAddress.Parse("10.21.0.1")));
        Assert.False(callers.Allows(IPAddress.Parse("192.0.2.8")));
        Assert.Equal("loopback and 10.20.0.0/16, 192.0.2.7/32, fd00::/8", callers.Description);
    }

    [Fact]
    public void With_an_app_id_every_caller_goes_on_to_token_validation() =>
        Assert.True(Callers("00000000-0000-0000-0000-000000000001").Allows(IPAddress.Parse("203.0.113.9")));
}
