using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.DirectLine;
using PetitionBot.Conversation.State.Redis;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>The Direct Line channel in Kestrel on a free loopback port, with the echo bot.</summary>
public sealed class InProcessChannel : IAsyncDisposable
{
    public const string Secret = "benchmark-secret-0123456789";

    private readonly WebApplication _app;
    private readonly SharedRedis? _redis;

    private InProcessChannel(WebApplication app, SharedRedis? redis, Uri baseAddress)
    {
        _app = app;
        _redis = redis;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<InProcessChannel> StartAsync(string? redis)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Limits.MaxConcurrentConnections = null).UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IDirectLineBot, EchoBot>();
        var connection = redis is null ? null : new SharedRedis(new SharedRedisOptions { Configuration = redis });
        builder.Services.AddDirectLineChannel(new DirectLineOptions { Secret = Secret, TokenSigningKey = "benchmark-signing-key-0123456789-abcdef" }, connection);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapDirectLineChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessChannel(app, connection, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_redis is not null)
            await _redis.DisposeAsync();
    }
}
