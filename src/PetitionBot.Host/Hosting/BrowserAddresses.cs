namespace PetitionBot.Host.Hosting;

/// <summary>
/// Turns the addresses the server is bound to into addresses a person can open in a browser: a wildcard host
/// (0.0.0.0, [::], +, *) becomes localhost plus this machine's network addresses, which phones on the network use.
/// </summary>
public static class BrowserAddresses
{
    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "::", "+", "*"];

    public static IReadOnlyList<string> From(IEnumerable<string> boundAddresses, IEnumerable<string> networkAddresses)
    {
        var network = networkAddresses.ToList();
        var result = new List<string>();
        foreach (var bound in boundAddresses)
        {
            var (scheme, host, port) = Split(bound);
            if (host is null)
            {
                Add(result, bound);
                continue;
            }
            if (!WildcardHosts.Contains(host))
            {
                Add(result, $"{scheme}://{host}{port}/");
                continue;
            }
            Add(result, $"{scheme}://localhost{port}/");
            foreach (var address in network)
                Add(result, $"{scheme}://{(address.Contains(':') ? $"[{address}]" : address)}{port}/");
        }
        return result;
    }

    /// <summary>"http://host:port" (no path) into its parts; the port part keeps its colon. Null host when it is not such an address.</summary>
    private static (string Scheme, string? Host, string Port) Split(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0) return ("", null, "");
        var scheme = address[..schemeEnd];
        var rest = address[(schemeEnd + 3)..].TrimEnd('/');
        var portStart = rest.LastIndexOf(':');
        // "[::]" alone has colons but no port; a port follows the closing bracket.
        if (portStart < 0 || rest.IndexOf(']', StringComparison.Ordinal) > portStart) return (scheme, rest, "");
        return (scheme, rest[..portStart], rest[portStart..]);
    }

    private static void Add(List<string> list, string address)
    {
        if (!list.Contains(address)) list.Add(address);
    }
}
