using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.EndToEnd.Tests.Hosting;

/// <summary>A Direct Line REST call to a running host with a bearer secret or token; fails with the host's output.</summary>
public static class DirectLineCalls
{
    public static async Task<JsonObject> SendAsync(BotHostProcess host, HttpMethod method, string path, string bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}\n{host.Output}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
