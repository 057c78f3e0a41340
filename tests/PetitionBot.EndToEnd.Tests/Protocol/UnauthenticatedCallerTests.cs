using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>
/// Without an app id, /api/messages believes any from.id, so it takes unauthenticated calls from this machine only,
/// unless a setting names more. The client address is the connection's, or a configured proxy's X-Forwarded-For.
/// </summary>
public sealed class UnauthenticatedCallerTests(UnauthenticatedCallerHostFixture fixture) : IClassFixture<UnauthenticatedCallerHostFixture>
{
    internal static async Task<HttpResponseMessage> PostFromAsync(HttpClient client, string? forwardedFor)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), ChannelId = "test", ServiceUrl = "http://127.0.0.1:9/unused",
            Text = "帮助", From = new ChannelAccount { Id = "supervisor-zhao" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = $"remote-{Guid.NewGuid():N}" }, DeliveryMode = DeliveryModes.ExpectReplies,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(activity, options: ProtocolJson.Options) };
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_remote_caller_without_credentials_gets_403_with_a_clear_message()
    {
        using var response = await PostFromAsync(fixture.Host.Client, "203.0.113.9");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var message = (string)JsonNode.Parse(body)!["error"]!["message"]!;
        Assert.Contains("本机", message);
        Assert.Contains("MicrosoftAppId", message);
        Assert.DoesNotContain("activities", body);
    }

    [Fact]
    public async Task A_caller_on_this_machine_or_in_the_allowed_network_is_answered()
    {
        using var local = await PostFromAsync(fixture.Host.Client, forwardedFor: null);
        using var allowed = await PostFromAsync(fixture.Host.Client, "198.51.100.4");

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task The_start_up_warning_says_who_may_call_without_authentication()
    {
        var line = await fixture.Host.WaitForOutputLineAsync("MicrosoftAppId is not set", TimeSpan.FromSeconds(10));

        Assert.Contains("loopback", line);
        Assert.Contains(UnauthenticatedCallerHostFixture.AllowedNetwork, line);
    }
}

/// <summary>With no proxy configured, X-Forwarded-For is a header anyone can send: it is not believed either way.</summary>
[Collection(DefaultBotHostCollection.Name)]
public sealed class UntrustedForwardedForTests(DefaultBotHostFixture fixture)
{
    [Fact]
    public async Task Without_a_configured_proxy_the_header_changes_nothing_and_the_warning_names_loopback_only()
    {
        using var claimsRemote = await UnauthenticatedCallerTests.PostFromAsync(fixture.Host.Client, "203.0.113.9");
        var line = await fixture.Host.WaitForOutputLineAsync("MicrosoftAppId is not set", TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, claimsRemote.StatusCode);
        Assert.Contains("loopback only", line);
    }
}
