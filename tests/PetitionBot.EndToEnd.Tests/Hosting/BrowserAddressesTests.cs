using PetitionBot.Host.Hosting;

namespace PetitionBot.EndToEnd.Tests.Hosting;

public sealed class BrowserAddressesTests
{
    private static readonly string[] Network = ["192.168.1.20", "10.0.0.5"];

    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978/")]
    [InlineData("http://127.0.0.1:40123", "http://127.0.0.1:40123/")]
    [InlineData("https://bot.example.org", "https://bot.example.org/")]
    [InlineData("http://[::1]:3978", "http://[::1]:3978/")]
    public void A_named_host_is_opened_as_it_is_bound(string bound, string expected)
    {
        Assert.Equal(new[] { expected }, BrowserAddresses.From([bound], Network));
    }

    [Theory]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://[::]:3978")]
    [InlineData("http://+:3978")]
    [InlineData("http://*:3978")]
    public void Every_interface_means_localhost_and_this_machines_network_addresses(string bound)
    {
        Assert.Equal(new[] { "http://localhost:3978/", "http://192.168.1.20:3978/", "http://10.0.0.5:3978/" }, BrowserAddresses.From([bound], Network));
    }

    [Fact]
    public void Addresses_bound_twice_are_listed_once()
    {
        Assert.Equal(new[] { "http://localhost:3978/" }, BrowserAddresses.From(["http://0.0.0.0:3978", "http://[::]:3978"], []));
    }
}
