using System.Net;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>
/// A host in Production (no app id): a serviceUrl that is not http(s) or not an allowed channel host is refused with 400
/// before the turn runs — nothing is written and nothing is POSTed there.
/// </summary>
public sealed class ServiceUrlTests(ProductionBotHostFixture fixture) : IClassFixture<ProductionBotHostFixture>, IAsyncLifetime
{
    private ChannelConnectorServer _internalService = null!;

    public async Task InitializeAsync() => _internalService = await ChannelConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _internalService.DisposeAsync();

    public static TheoryData<string> RefusedServiceUrls => new()
    {
        "file:///etc/passwd",
        "gopher://smba.trafficmanager.net/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.8:6379/",
    };

    [Theory]
    [MemberData(nameof(RefusedServiceUrls))]
    public async Task A_refused_service_url_gets_400_and_the_turn_is_not_run(string serviceUrl)
    {
        var conversation = new BotConversation(fixture.Host.Client, $"refused-{Guid.NewGuid():N}");
        var id = $"{conversation.ConversationId}-1";

        var response = await conversation.PostAsync(new Activity
        {
            Type = ActivityTypes.Message, Id = id, Text = "帮助", ServiceUrl = serviceUrl, DeliveryMode = DeliveryModes.Normal,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await ErrorMessageAsync(response));
        await AssertNotProcessedAsync(conversation, id);
    }

    [Fact]
    public async Task A_service_url_on_this_machine_is_refused_and_never_called()
    {
        var conversation = new BotConversation(fixture.Host.Client, $"loopback-{Guid.NewGuid():N}");
        var id = $"{conversation.ConversationId}-1";

        var response = await conversation.PostAsync(new Activity
        {
            Type = ActivityTypes.Message, Id = id, Text = "帮助", ServiceUrl = _internalService.ServiceUrl, DeliveryMode = DeliveryModes.Normal,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Messages:AllowedServiceHosts", await ErrorMessageAsync(response));
        await AssertNotProcessedAsync(conversation, id);
        await Task.Delay(500);
        Assert.Empty(_internalService.Requests);
    }

    /// <summary>Had the refused activity been run, its id would be recorded and this re-send acknowledged with no replies.</summary>
    private static async Task AssertNotProcessedAsync(BotConversation conversation, string id)
    {
        var replies = await conversation.SendAsync(new Activity { Type = ActivityTypes.Message, Id = id, Text = "帮助" });
        Assert.Contains("信访工作助手", Assert.Single(replies).Text);
    }

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>();
}
