using System.Net;
using PetitionBot.DirectLine.Tests.Infrastructure;

namespace PetitionBot.DirectLine.Tests.Http;

public sealed class AuthorizationTests
{
    [Fact]
    public async Task Missing_authorization_is_401_and_a_bad_token_is_403()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, _) = await host.StartConversationAsync();

        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", bearer: null, expectedStatus: 401);
        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", "not-a-token", expectedStatus: 403);
        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/conversations", "not-a-token", expectedStatus: 403);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_403()
    {
        await using var other = await ChannelHost.StartAsync(o => o.TokenSigningKey = "a-different-signing-key-0123456789-xyz");
        await using var host = await ChannelHost.StartAsync();
        var (conversationId, _) = await host.StartConversationAsync();
        var generated = await other.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", ChannelHost.Secret, new { user = new { id = "user-1" } });

        var forged = (string)generated["token"]!;
        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", forged, expectedStatus: 403);
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_or_post_to_another()
    {
        await using var host = await ChannelHost.StartAsync();
        var (conversationA, tokenA) = await host.StartConversationAsync("alice", "甲");
        var (conversationB, _) = await host.StartConversationAsync("bob", "乙");

        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationB}/activities", tokenA, expectedStatus: 403);
        await host.PostMessageAsync(conversationB, tokenA, "偷看", "c-1", expectedStatus: 403);
        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationB}", tokenA, expectedStatus: 403);
        await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationA}/activities", tokenA);
        Assert.DoesNotContain(host.Bot.Received, a => a.Text == "偷看");
    }

    [Fact]
    public async Task An_expired_token_is_403_for_every_call_including_refresh()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var host = await ChannelHost.StartAsync(o => o.TokenLifetime = TimeSpan.FromMinutes(5), time: time);
        var (conversationId, token) = await host.StartConversationAsync();
        var refreshed = await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);
        Assert.Equal(300, (int)refreshed["expires_in"]!);

        time.Advance(TimeSpan.FromMinutes(6));

        var error = await host.SendJsonAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities", token, expectedStatus: 403);
        Assert.Equal("TokenExpired", (string)error["error"]!["code"]!);
        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token, expectedStatus: 403);
        await host.PostMessageAsync(conversationId, token, "还在吗", "c-1", expectedStatus: 403);
    }

    [Fact]
    public async Task Only_the_secret_can_generate_tokens()
    {
        await using var host = await ChannelHost.StartAsync();
        var (_, token) = await host.StartConversationAsync();

        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", token, expectedStatus: 403);
        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", "wrong-secret", expectedStatus: 403);
    }

    [Fact]
    public async Task With_no_secret_configured_nothing_passes_as_the_secret()
    {
        await using var host = await ChannelHost.StartAsync(o => o.Secret = "");

        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", "", expectedStatus: 401);
        await host.SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", "x", expectedStatus: 403);
    }

    [Fact]
    public async Task An_unknown_conversation_is_404_for_the_secret()
    {
        await using var host = await ChannelHost.StartAsync();

        using var response = await host.Client.SendAsync(host.Request(HttpMethod.Get, "v3/directline/conversations/nope/activities", ChannelHost.Secret));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
