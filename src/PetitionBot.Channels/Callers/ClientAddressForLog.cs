using System.Net;

namespace PetitionBot.Channels.Callers;

/// <summary>A client address as logs may show it: it is personal data, so only its network (203.0.113.*, 2001:db8:1::*), enough to block, not to name.</summary>
public static class ClientAddressForLog
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        var bytes = AddressRanges.Normalize(address).GetAddressBytes();
        return bytes.Length == 4
            ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.*"
            : $"{bytes[0] << 8 | bytes[1]:x}:{bytes[2] << 8 | bytes[3]:x}:{bytes[4] << 8 | bytes[5]:x}::*";
    }
}
