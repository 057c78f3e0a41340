using System.Net;
using PetitionBot.Channels.Callers;

namespace PetitionBot.Host.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint, when enabled: loopback callers and the configured networks only; anyone else gets
/// 404, as if there were none. Never public by default.
/// </summary>
public static class MetricsEndpoint
{
    public static void Map(WebApplication app)
    {
        var options = app.Services.GetRequiredService<TelemetryOptions>();
        if (!options.Prometheus.Enabled) return;
        var allowed = AddressRanges.Parse(options.Prometheus.AllowFrom, "Telemetry:Prometheus:AllowFrom", []);
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == options.Prometheus.Path && IsAllowed(context.Connection.RemoteIpAddress, allowed));
    }

    private static bool IsAllowed(IPAddress? caller, List<IPNetwork> allowed)
    {
        if (caller is null) return false;
        caller = AddressRanges.Normalize(caller);
        return IPAddress.IsLoopback(caller) || allowed.Any(n => n.Contains(caller));
    }
}
