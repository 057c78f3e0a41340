using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionBot.DirectLine;

namespace PetitionBot.Benchmarks.DirectLine;

/// <summary>The Direct Line channel in Kestrel on a free loopback port, with the echo bot.</summary>
public sealed class InProcessChannel : IAsyncDisposable
{
    public const string Secret = "benchmark-secret-0123456789";

    private readonly WebApplication _app;

    private InProcessChannel(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<InProcessChannel> StartAsync(string? redis)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Limits.MaxConcurrentConnections = null).UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IDirectLineBot, EchoBot>();
        builder.Services.AddDirectLineChannel(new DirectLineOptions { Secret = Secret, TokenSigningKey = "benchmark-signing-key-0123456789-abcdef" }, redis);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapDirectLineChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessChannel(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
