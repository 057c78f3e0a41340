using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PetitionBot.Channels.WeCom.Api;

/// <summary>
/// The two calls of WeCom's server API the channel makes: gettoken and message/send. Both put a credential in the
/// query string, so neither the URL nor the request is ever logged (the HTTP client is registered without loggers).
/// </summary>
public sealed class WeComApi(HttpClient http, WeComOptions options)
{
    private readonly string _base = options.ApiBaseUrl.TrimEnd('/');

    /// <exception cref="WeComTokenException">WeCom refused (wrong secret, untrusted address …).</exception>
    /// <exception cref="WeComApiUnavailableException">No readable answer.</exception>
    public async Task<WeComAccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var url = $"{_base}/cgi-bin/gettoken?corpid={Uri.EscapeDataString(options.CorpId)}&corpsecret={Uri.EscapeDataString(options.Secret)}";
        var answer = await CallAsync("gettoken", () => http.GetAsync(url, cancellationToken), cancellationToken);
        if (!answer.Succeeded)
            throw new WeComTokenException(answer.ErrCode, answer.ErrMsg);
        var body = answer.Body;
        if (!body.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() is not { Length: > 0 } value)
            throw new WeComApiUnavailableException("gettoken answered without access_token");
        var seconds = body.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : 7200;
        return new WeComAccessToken(value, TimeSpan.FromSeconds(Math.Max(seconds, 1)));
    }

    /// <summary>POST cgi-bin/message/send with one message (touser, msgtype, agentid and the type's object).</summary>
    /// <exception cref="WeComApiUnavailableException">No readable answer.</exception>
    public Task<WeComApiAnswer> SendMessageAsync(string accessToken, JsonObject message, CancellationToken cancellationToken)
    {
        var url = $"{_base}/cgi-bin/message/send?access_token={Uri.EscapeDataString(accessToken)}";
        return CallAsync("message/send", () => http.PostAsJsonAsync(url, message, cancellationToken), cancellationToken);
    }

    private static async Task<WeComApiAnswer> CallAsync(string call, Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await send();
            if (!response.IsSuccessStatusCode)
                throw new WeComApiUnavailableException(string.Create(CultureInfo.InvariantCulture, $"{call} answered HTTP {(int)response.StatusCode}"));
            return WeComApiAnswer.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        catch (HttpRequestException e)
        {
            // The exception's message can carry the request URL on some platforms: only its kind is kept.
            throw new WeComApiUnavailableException($"{call} could not be reached ({e.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WeComApiUnavailableException($"{call} did not answer in time");
        }
        catch (JsonException)
        {
            throw new WeComApiUnavailableException($"{call} answered something that is not WeCom's JSON");
        }
    }
}
