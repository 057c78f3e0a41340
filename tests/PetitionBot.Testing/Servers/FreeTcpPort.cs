using System.Net;
using System.Net.Sockets;

namespace PetitionBot.Testing.Servers;

/// <summary>Picks a loopback port the OS says is free right now; tests never assume a fixed port.</summary>
public static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
