using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using PetitionBot.EndToEnd.Tests.Hosting;
using PetitionBot.EndToEnd.Tests.Scheduling;
using PetitionBot.Testing.Servers;

namespace PetitionBot.EndToEnd.Tests.Outages;

/// <summary>
/// With Redis down, every Web Chat and Direct Line endpoint that needs it answers 503 with "稍后再试" (not 500), and
/// all of them work again once Redis is back, without a restart.
/// </summary>
[LongRunning]
public sealed class DirectLineOutageTests
{
    private const string Secret = "outage-secret-0123456789";
    private const string ProxyHeader = "X-Remote-User";

    private static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return request;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(BotHostProcess host, HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = Request(method, path, bearer, body);
        using var response = await host.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<(HttpStatusCode Status, string Body)> SignInAsync(BotHostProcess host) =>
        SendAsync(host, HttpMethod.Post, "webchat/signin", null, new { user = "officer-li", password = "demo1234" });

    private static Task<(HttpStatusCode Status, string Body)> ProxySessionAsync(BotHostProcess host)
    {
        var request = Request(HttpMethod.Get, "webchat/session", null);
        request.Headers.Add(ProxyHeader, "supervisor-zhao");
        return SendOwnedAsync(host, request);
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendOwnedAsync(BotHostProcess host, HttpRequestMessage request)
    {
        using (request)
        using (var response = await host.Client.SendAsync(request))
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpStatusCode?> StreamStatusAsync(BotHostProcess host, string conversationId, string token)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var url = new Uri($"ws://127.0.0.1:{host.Port}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}");
        try
        {
            await socket.ConnectAsync(url, CancellationToken.None);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }

    private static void AssertTryLater((HttpStatusCode Status, string Body) answer, string what)
    {
        Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, $"{what}: expected 503, got {(int)answer.Status} {answer.Body}");
        Assert.Contains("稍后再试", JsonNode.Parse(answer.Body)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    /// <summary>Retries until the call succeeds: the Redis client reconnects on its own schedule.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> EventuallyAsync(Func<Task<(HttpStatusCode Status, string Body)>> call, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var answer = await call();
            if ((int)answer.Status is >= 200 and < 300)
                return answer;
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not work again within 30 s of Redis restarting: {(int)answer.Status} {answer.Body}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task With_redis_down_sign_in_and_direct_line_answer_503_and_work_again_once_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync(persistent: true);
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.ConnectionString,
            ["Cases__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"petitionbot-dl-down-{Guid.NewGuid():N}.db"),
            ["DirectLine__Secret"] = Secret,
            ["WebChat__TrustedUserHeader"] = ProxyHeader,
        });
        var signedIn = await SignInAsync(host);
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
        var session = JsonNode.Parse(signedIn.Body)!;
        var token = (string)session["token"]!;
        var conversationId = (string)session["conversationId"]!;
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(host, HttpMethod.Post, "v3/directline/conversations", token)).Status);
        var activities = $"v3/directline/conversations/{conversationId}/activities";
        object Message(string text) => new { type = "message", text, from = new { id = "officer-li" } };

        await redis.StopAsync();

        AssertTryLater(await SignInAsync(host), "POST /webchat/signin");
        AssertTryLater(await ProxySessionAsync(host), "GET /webchat/session");
        AssertTryLater(await SendAsync(host, HttpMethod.Post, "v3/directline/conversations", token), "POST conversations");
        AssertTryLater(await SendAsync(host, HttpMethod.Get, $"v3/directline/conversations/{conversationId}", token), "GET conversation");
        AssertTryLater(await SendAsync(host, HttpMethod.Get, activities, token), "GET activities");
        AssertTryLater(await SendAsync(host, HttpMethod.Post, activities, token, Message("帮助")), "POST activities");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await StreamStatusAsync(host, conversationId, token));
        // Issuing and refreshing tokens needs no storage: they keep working, and what they give works once Redis is back.
        var generated = await SendAsync(host, HttpMethod.Post, "v3/directline/tokens/generate", Secret);
        Assert.Equal(HttpStatusCode.OK, generated.Status);
        var refreshed = await SendAsync(host, HttpMethod.Post, "v3/directline/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);

        await redis.RestartAsync();

        await EventuallyAsync(() => SignInAsync(host), "POST /webchat/signin");
        await EventuallyAsync(() => ProxySessionAsync(host), "GET /webchat/session");
        var fresh = (string)JsonNode.Parse(refreshed.Body)!["token"]!;
        await EventuallyAsync(() => SendAsync(host, HttpMethod.Post, activities, fresh, Message("帮助")), "POST activities");
        var read = await EventuallyAsync(() => SendAsync(host, HttpMethod.Get, activities, fresh), "GET activities");
        Assert.Contains("帮助", read.Body);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await StreamStatusAsync(host, conversationId, fresh));
        var other = (string)JsonNode.Parse(generated.Body)!["token"]!;
        Assert.Equal(HttpStatusCode.Created, (await EventuallyAsync(() => SendAsync(host, HttpMethod.Post, "v3/directline/conversations", other), "POST conversations")).Status);
    }
}
