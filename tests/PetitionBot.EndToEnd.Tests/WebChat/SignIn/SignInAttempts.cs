using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.EndToEnd.Tests.WebChat.SignIn;

/// <summary>One sign-in answer: status, the page's error text, Retry-After in seconds.</summary>
public sealed record SignInAnswer(HttpStatusCode Status, string Error, double? RetryAfterSeconds, string Body);

/// <summary>Posts sign-ins to a host, from the client address a trusted proxy would name.</summary>
public static class SignInAttempts
{
    public static async Task<SignInAnswer> SignInAsync(HttpClient client, string user, string password, string? fromAddress = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "webchat/signin") { Content = JsonContent.Create(new { user, password }) };
        if (fromAddress is not null)
            request.Headers.Add("X-Forwarded-For", fromAddress);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var error = response.IsSuccessStatusCode || body.Length == 0 ? "" : (string?)JsonNode.Parse(body)!["error"] ?? "";
        return new SignInAnswer(response.StatusCode, error, response.Headers.RetryAfter?.Delta?.TotalSeconds, body);
    }
}
