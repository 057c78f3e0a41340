using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.Conversation.State.Redis;
using PetitionBot.DirectLine;
using PetitionBot.Protocol.Schema;

namespace PetitionBot.DirectLine.Tests.Infrastructure;

/// <summary>The channel alone in a real Kestrel on a free loopback port, with a scripted bot.</summary>
public sealed class ChannelHost : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789";
    public const string SharedKey = "shared-signing-key-0123456789-abcdefghij";

    private readonly WebApplication _app;
    private readonly SharedRedis? _redis;

    private ChannelHost(WebApplication app, SharedRedis? redis, Uri baseAddress)
    {
        _app = app;
        _redis = redis;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public ScriptedBot Bot => _app.Services.GetRequiredService<ScriptedBot>();

    public IServiceProvider Services => _app.Services;

    public static async Task<ChannelHost> StartAsync(Action<DirectLineOptions>? configure = null, string? redis = null, TimeProvider? time = null)
    {
        var options = new DirectLineOptions { Secret = Secret, TokenSigningKey = SharedKey, HeartbeatInterval = TimeSpan.FromSeconds(1), BotId = "test-bot", BotName = "测试机器人" };
        configure?.Invoke(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        if (time is not null)
            builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<ScriptedBot>();
        builder.Services.AddSingleton<IDirectLineBot>(sp => sp.GetRequiredService<ScriptedBot>());
        // The host's own connection, as a process has one; closed after the app stops.
        var connection = redis is null ? null : new SharedRedis(new SharedRedisOptions { Configuration = redis });
        builder.Services.AddDirectLineChannel(options, connection);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapDirectLineChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChannelHost(app, connection, new Uri(address.TrimEnd('/') + "/"));
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: ProtocolJson.Options);
        return request;
    }

    public async Task<JsonObject> SendJsonAsync(HttpMethod method, string path, string? bearer, object? body = null, int expectedStatus = 200)
    {
        using var response = await Client.SendAsync(Request(method, path, bearer, body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"{method} {path}: expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Generates a token with the secret and starts its conversation; returns (conversationId, token).</summary>
    public async Task<(string ConversationId, string Token)> StartConversationAsync(string userId = "user-1", string userName = "王秀兰")
    {
        var generated = await SendJsonAsync(HttpMethod.Post, "v3/directline/tokens/generate", Secret, new { user = new { id = userId, name = userName } });
        var started = await SendJsonAsync(HttpMethod.Post, "v3/directline/conversations", (string)generated["token"]!, expectedStatus: 201);
        return ((string)started["conversationId"]!, (string)started["token"]!);
    }

    public Task<JsonObject> PostMessageAsync(string conversationId, string token, string text, string clientActivityId, int expectedStatus = 200) =>
        SendJsonAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, new
        {
            type = "message",
            text,
            from = new { id = "someone-else", name = "冒名" },
            channelData = new { clientActivityID = clientActivityId },
        }, expectedStatus);

    public static JsonSerializerOptions Json => ProtocolJson.Options;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_redis is not null)
            await _redis.DisposeAsync();
    }
}
