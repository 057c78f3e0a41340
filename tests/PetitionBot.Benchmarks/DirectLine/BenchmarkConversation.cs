using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>One started conversation: its id, token, stream URL and the polling watermark.</summary>
public sealed class BenchmarkConversation(string id, string token, string streamUrl)
{
    public string Id { get; } = id;
    public string Token { get; } = token;
    public string StreamUrl { get; } = streamUrl;
    public string Watermark { get; set; } = "";

    /// <summary>Only one worker uses a conversation at a time, like one person typing.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public static async Task<BenchmarkConversation> StartAsync(HttpClient client, int number)
    {
        using var generate = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = $"bench-{number}" } }),
        };
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InProcessChannel.Secret);
        var token = (string)(await Send(client, generate))["token"]!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = await Send(client, start);
        return new BenchmarkConversation((string)started["conversationId"]!, (string)started["token"]!, (string)started["streamUrl"]!);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return request;
    }

    public static async Task<JsonObject> Send(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
