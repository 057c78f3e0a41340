using System.Net;
using PetitionBot.EndToEnd.Tests.Conversations;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.Protocol.Schema;
using PetitionBot.Testing.Peers;

namespace PetitionBot.EndToEnd.Tests.Protocol;

/// <summary>
/// The bot with an app id, against local stand-ins for Azure: an OpenID metadata server with our own signing keys,
/// a client-credentials token endpoint, and a channel Connector API that records what the bot sends.
/// </summary>
public sealed class AuthenticatedChannelTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>, IAsyncLifetime
{
    private const string AppId = AuthenticatedHostFixture.AppId;
    private ChannelConnectorServer _channel = null!;

    private BotHostProcess Host => fixture.Host;

    public async Task InitializeAsync() => _channel = await ChannelConnectorServer.StartAsync("/_connector");

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    private Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ServiceUrl = _channel.ServiceUrl,
        DeliveryMode = DeliveryModes.Normal,
    };

    private string Token(string? serviceUrl = null, string? audience = AppId) => fixture.OpenId.MintToken(fixture.Key, new TestTokenContents
    {
        Audience = audience,
        ServiceUrl = serviceUrl ?? _channel.ServiceUrl,
        Expires = DateTimeOffset.UtcNow.AddMinutes(30),
    });

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? bearer)
    {
        var conversation = new BotConversation(Host.Client, $"auth-{Guid.NewGuid():N}");
        Host.Client.DefaultRequestHeaders.Authorization = bearer is null ? null : new("Bearer", bearer);
        try
        {
            return await conversation.PostAsync(activity);
        }
        finally
        {
            Host.Client.DefaultRequestHeaders.Authorization = null;
        }
    }

    [Fact]
    public async Task A_request_without_a_token_gets_401()
    {
        var response = await PostAsync(Message("帮助"), bearer: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_channel.Requests);
    }

    [Fact]
    public async Task A_token_for_another_bot_gets_401()
    {
        var response = await PostAsync(Message("帮助"), Token(audience: "someone-else"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_gets_401()
    {
        var response = await PostAsync(Message("帮助"), Token(serviceUrl: "https://elsewhere.example/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_reaches_the_channel_with_the_bots_own_token()
    {
        var response = await PostAsync(Message("帮助"), Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var delivered = (await _channel.WaitForAcceptedAsync(1, TimeSpan.FromSeconds(10))).Single();
        Assert.Contains("信访工作助手", delivered.Activity["text"]!.GetValue<string>());
        Assert.NotNull(delivered.ReplyToId);
        Assert.Equal($"Bearer {fixture.Tokens.IssuedTokens.Single()}", delivered.Authorization);
    }
}
