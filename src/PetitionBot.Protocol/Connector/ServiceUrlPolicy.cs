using System.Net;

namespace PetitionBot.Protocol.Connector;

/// <summary>
/// Which serviceUrls the bot may POST to (with its bearer token): http(s) only, and only Bot Framework's hosts, the
/// configured ones, and loopback when allowed (development). Anything else is refused before a request is made, so a
/// forged activity cannot make the bot call an internal address.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>Hosts of Bot Framework channels in the public and US government clouds; "*." matches any subdomain.</summary>
    public static IReadOnlyList<string> BotFrameworkHosts { get; } =
    [
        "*.botframework.com",
        "*.botframework.azure.us",
        "smba.trafficmanager.net",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    private readonly HashSet<string> _exactHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _domainSuffixes = [];
    private readonly bool _allowLoopback;

    /// <param name="allowedHosts">Added to <see cref="BotFrameworkHosts"/>: host names, "*.domain" patterns or URLs (their host is used).</param>
    /// <param name="allowLoopback">Allow localhost and loopback addresses (for local channels such as the Emulator).</param>
    public ServiceUrlPolicy(IEnumerable<string> allowedHosts, bool allowLoopback)
    {
        _allowLoopback = allowLoopback;
        foreach (var entry in BotFrameworkHosts.Concat(allowedHosts))
            Add(entry);
    }

    /// <summary>Null when the bot may call <paramref name="serviceUrl"/>; otherwise why not.</summary>
    public ServiceUrlRefusal? Refusal(string? serviceUrl)
    {
        if (SchemeRefusal(serviceUrl) is { } refusal)
            return refusal;
        var uri = new Uri(serviceUrl!, UriKind.Absolute);
        // Credentials in the URL would be sent along; no channel needs them.
        if (uri.UserInfo.Length > 0)
            return ServiceUrlRefusal.HostNotAllowed;
        return IsAllowedHost(uri) ? null : ServiceUrlRefusal.HostNotAllowed;
    }

    /// <summary>The checks that need no host list: present, absolute, http or https.</summary>
    public static ServiceUrlRefusal? SchemeRefusal(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl))
            return ServiceUrlRefusal.Missing;
        // A bare path parses as an implicit file URI on Unix; only an explicit scheme counts as absolute.
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.IsFile && !serviceUrl.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
            return ServiceUrlRefusal.NotAbsolute;
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? null : ServiceUrlRefusal.NotHttp;
    }

    /// <summary>The host part as it would be shown to the caller; null when there is none.</summary>
    public static string? HostOf(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    private bool IsAllowedHost(Uri uri)
    {
        var host = uri.DnsSafeHost.TrimEnd('.');
        if (_allowLoopback && IsLoopback(host))
            return true;
        if (_exactHosts.Contains(host))
            return true;
        return _domainSuffixes.Any(suffix => host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);

    private void Add(string entry)
    {
        var host = entry.Trim();
        if (host.Contains("://", StringComparison.Ordinal))
            host = Uri.TryCreate(host, UriKind.Absolute, out var uri) ? uri.DnsSafeHost : "";
        host = host.TrimEnd('.');
        if (host.StartsWith("*.", StringComparison.Ordinal))
        {
            // "*." alone or "*.com"-like single labels would allow far too much; a pattern needs a dotted domain.
            var suffix = host[1..];
            if (suffix.Length > 1 && suffix[1..].Contains('.'))
                _domainSuffixes.Add(suffix);
            return;
        }
        if (host.Length > 0 && !host.Contains('*'))
            _exactHosts.Add(host.Trim('[', ']'));
    }
}
