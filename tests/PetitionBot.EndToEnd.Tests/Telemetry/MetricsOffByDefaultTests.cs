using System.Net;
using PetitionBot.EndToEnd.Tests.Hosting;

namespace PetitionBot.EndToEnd.Tests.Telemetry;

/// <summary>Without configuration there is no scrape endpoint at all.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class MetricsOffByDefaultTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task A_default_host_answers_404_at_metrics()
    {
        using var response = await fixture.Host.Client.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
