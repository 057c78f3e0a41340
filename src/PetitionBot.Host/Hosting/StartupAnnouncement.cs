using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PetitionBot.Host.Hosting;

/// <summary>
/// As soon as the server listens, one line with the address(es) to open: the first run spends minutes restoring and
/// building in silence, and the framework's own lines show bound addresses (0.0.0.0) rather than ones to open.
/// </summary>
public static class StartupAnnouncement
{
    /// <summary>The logging category, so deployments can silence the line or tests can switch it on alone.</summary>
    public const string Category = "PetitionBot.Host.Startup";

    public static void AnnounceAddressesWhenStarted(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var addresses = BrowserAddresses.From(bound, NetworkAddresses());
            if (addresses.Count > 0)
                logger.LogInformation("PetitionBot is ready: open {Addresses} in a browser", string.Join(" or ", addresses));
        });
    }

    /// <summary>This machine's IPv4 addresses on interfaces that are up, loopback excluded.</summary>
    private static IEnumerable<string> NetworkAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork)
                .Select(a => a.Address.ToString())
                .ToList();
        }
        catch (NetworkInformationException)
        {
            // Only a nicety for the start-up line: without it, localhost is still printed.
            return [];
        }
    }
}
