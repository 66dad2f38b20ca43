using System.Net;
using System.Net.Sockets;

namespace GpSafetyHub.DevKit;

public static class FreePort
{
    // Below Linux's ephemeral range (32768–60999): a port handed out there can be taken a moment
    // later as the source port of any process's outgoing connection, before our server binds it.
    private const int Lowest = 20000;
    private const int Highest = 32000;

    /// <summary>A loopback port nothing listens on right now, outside the range the OS gives outgoing connections.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {Highest} after 100 tries.");
    }
}
