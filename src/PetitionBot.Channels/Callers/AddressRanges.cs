using System.Net;

namespace PetitionBot.Channels.Callers;

/// <summary>Addresses and CIDR networks from configuration ("127.0.0.1", "10.0.0.0/8", "fd00::/8").</summary>
public static class AddressRanges
{
    /// <summary>The networks written; each entry that is neither an address nor a network is named in <paramref name="problems"/>.</summary>
    public static List<IPNetwork> Parse(IEnumerable<string>? entries, string key, List<string> problems)
    {
        var networks = new List<IPNetwork>();
        foreach (var raw in entries ?? [])
        {
            var entry = (raw ?? "").Trim();
            if (entry.Length == 0)
                continue;
            if (entry.Contains('/') ? IPNetwork.TryParse(entry, out var network) : TryParseAddress(entry, out network))
                networks.Add(network);
            else
                problems.Add($"{key}: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.");
        }
        return networks;
    }

    /// <summary>The address as configured networks contain it: an IPv4 address that came in over IPv6 as itself.</summary>
    public static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool TryParseAddress(string entry, out IPNetwork network)
    {
        network = default;
        if (!IPAddress.TryParse(entry, out var address))
            return false;
        address = Normalize(address);
        network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }
}
