namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>The host tells the person who started it where to open the page, with the address it is really bound to.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class StartupAnnouncementTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task Once_listening_the_host_prints_the_address_to_open()
    {
        var line = await fixture.Host.WaitForOutputLineAsync("PetitionBot is ready", TimeSpan.FromSeconds(10));

        Assert.Equal($"PetitionBot is ready: open {fixture.Host.BaseAddress} in a browser", line.Trim());
    }
}
