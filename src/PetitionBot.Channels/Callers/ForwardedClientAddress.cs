using Microsoft.AspNetCore.HttpOverrides;

namespace PetitionBot.Channels.Callers;

/// <summary>
/// Configuration section "ForwardedHeaders": the reverse proxies (addresses or networks) whose X-Forwarded-For names
/// the client. Only then is the header believed, and only from those proxies; with none configured the client is the
/// connection's peer, whatever a request's headers claim. The client address is what the sign-in limits count and
/// what decides who may call /api/messages without authentication.
/// </summary>
public static class ForwardedClientAddress
{
    public const string ProxiesKey = "ForwardedHeaders:KnownProxies";

    public static List<System.Net.IPNetwork> Proxies(IConfiguration configuration, List<string> problems) =>
        AddressRanges.Parse(configuration.GetSection(ProxiesKey).Get<string[]>(), ProxiesKey, problems);

    public static WebApplication UseForwardedClientAddress(this WebApplication app)
    {
        var proxies = Proxies(app.Configuration, []);
        if (proxies.Count == 0)
            return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor, ForwardLimit = 1 };
        // The defaults trust loopback; only what is configured is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownIPNetworks.Add(proxy);
        app.UseForwardedHeaders(options);
        return app;
    }
}
