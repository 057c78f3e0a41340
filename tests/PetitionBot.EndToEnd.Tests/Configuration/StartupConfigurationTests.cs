using Microsoft.Extensions.Configuration;
using PetitionBot.Host.Configuration;

namespace PetitionBot.EndToEnd.Tests.Configuration;

/// <summary>Settings checked before the host starts name the key that is wrong.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public void A_setting_that_is_no_address_stops_the_start_with_the_key_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messages:AllowUnauthenticatedFrom:0"] = "10.0.0.0/8",
            ["Messages:AllowUnauthenticatedFrom:1"] = "office-lan",
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.300",
        }).Build();

        var problems = StartupConfiguration.Problems(configuration);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Messages:AllowUnauthenticatedFrom: \"office-lan\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("ForwardedHeaders:KnownProxies: \"10.0.0.300\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_half_configured_WeCom_section_stops_the_start_with_each_missing_key_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = "ww0a1b2c3d4e5f6789",
            ["WeCom:Token"] = "Tk9x",
        }).Build();

        var problems = StartupConfiguration.Problems(configuration);

        Assert.Equal(["WeCom:AgentId", "WeCom:Secret", "WeCom:EncodingAesKey"], problems.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public void No_WeCom_section_is_no_problem()
    {
        Assert.Empty(StartupConfiguration.Problems(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void A_short_admin_key_or_an_unsafe_retention_stops_the_start_with_the_key_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = "letmein",
            ["Retention:DeliveredReminders"] = "12:00:00",
        }).Build();

        var problems = StartupConfiguration.Problems(configuration);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Admin:ApiKey", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Retention:DeliveredReminders", StringComparison.Ordinal));
    }

    [Fact]
    public void The_admin_and_retention_defaults_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();

        Assert.Empty(StartupConfiguration.Problems(configuration));
    }
}
