using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.EndToEnd.Tests.WebChat;

/// <summary>The page's sign-in endpoints over HTTP: password, reverse proxy header, and what the token then allows.</summary>
[Collection(WebChatCollection.Name)]
public sealed class SignInTests(WebChatHostFixture fixture)
{
    [Fact]
    public async Task The_right_password_gives_a_token_for_a_new_conversation_of_that_user()
    {
        using var response = await fixture.Host.Client.PostAsJsonAsync("webchat/signin", new { user = WebChatHostFixture.UserName, password = WebChatHostFixture.Password });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebChatHostFixture.UserId, (string)body["userId"]!);
        Assert.Equal(WebChatHostFixture.UserName, (string)body["userName"]!);
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new("Bearer", (string)body["token"]!);
        using var started = await fixture.Host.Client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal((string)body["conversationId"]!, (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["conversationId"]!);
    }

    [Theory]
    [InlineData(WebChatHostFixture.UserName, "wrong")]
    [InlineData("nobody", WebChatHostFixture.Password)]
    [InlineData("", "")]
    public async Task A_wrong_name_or_password_is_401_without_a_token(string user, string password)
    {
        using var response = await fixture.Host.Client.PostAsJsonAsync("webchat/signin", new { user, password });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("token", text);
        Assert.Contains("账号或密码不对", text);
    }

    [Fact]
    public async Task The_reverse_proxy_header_names_the_user_and_without_it_the_probe_answers_signed_out()
    {
        using var withHeader = new HttpRequestMessage(HttpMethod.Get, "webchat/session");
        withHeader.Headers.Add(WebChatHostFixture.TrustedHeader, WebChatHostFixture.UserId);
        using var signedIn = await fixture.Host.Client.SendAsync(withHeader);
        using var anonymous = await fixture.Host.Client.GetAsync("webchat/session");

        var body = JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(WebChatHostFixture.UserId, (string)body["userId"]!);
        Assert.Equal(WebChatHostFixture.UserName, (string)body["userName"]!);
        // Signed out is a normal answer (no console error on every page load), not a failure.
        Assert.Equal(HttpStatusCode.NoContent, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_page_and_web_chat_bundle_are_served()
    {
        var page = await fixture.Host.Client.GetStringAsync("/");
        using var bundle = await fixture.Host.Client.GetAsync("lib/webchat.js", HttpCompletionOption.ResponseHeadersRead);

        Assert.Contains("信访工作助手", page);
        Assert.Contains("/lib/webchat.js", page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }
}
