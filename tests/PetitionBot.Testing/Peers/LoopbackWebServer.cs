using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PetitionBot.Testing.Peers;

/// <summary>
/// A Kestrel app on 127.0.0.1 with a port the OS picks at bind time, so parallel tests never
/// collide. Optionally https with a given certificate.
/// </summary>
public sealed class LoopbackWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackWebServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Root of the server, always ending with '/'.</summary>
    public Uri BaseAddress { get; }

    public static async Task<LoopbackWebServer> StartAsync(
        Action<WebApplication> mapRoutes, X509Certificate2? httpsCertificate = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen =>
            {
                if (httpsCertificate is not null)
                    listen.UseHttps(httpsCertificate);
            }));
        var app = builder.Build();
        mapRoutes(app);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new LoopbackWebServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public Uri Combine(string relative) => new(BaseAddress, relative.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
