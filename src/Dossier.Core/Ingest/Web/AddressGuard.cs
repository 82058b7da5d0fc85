using System.Net;
using System.Net.Sockets;

namespace Dossier.Core.Ingest.Web;

/// <summary>
/// Decides which addresses a fetch may connect to. By default only public unicast addresses: a URL from a feed or a
/// redirect must not make Dossier reach the machine itself, the local network or a cloud metadata service (server-side
/// request forgery). The fetcher asks this after DNS resolution, for every connection, so a name that resolves to a
/// private address (DNS rebinding included) is refused as surely as a literal one.
/// </summary>
public sealed class AddressGuard
{
    private readonly bool _allowPrivate;
    private readonly HashSet<IPEndPoint> _alwaysAllowed;

    /// <param name="allowPrivate">Allow every address (a crawl of one's own intranet, tests).</param>
    /// <param name="alwaysAllowed">Exact address and port pairs allowed even when not public: a local mirror, or a test server.</param>
    public AddressGuard(bool allowPrivate, IEnumerable<IPEndPoint>? alwaysAllowed = null)
    {
        _allowPrivate = allowPrivate;
        _alwaysAllowed = new HashSet<IPEndPoint>(alwaysAllowed?.Select(Normalise) ?? []);
    }

    /// <summary>Null when a connection to this address and port is allowed, otherwise why not ("loopback", …).</summary>
    public string? Refusal(IPAddress address, int port)
    {
        if (_allowPrivate || _alwaysAllowed.Contains(Normalise(new IPEndPoint(address, port)))) return null;
        return Classify(address);
    }

    private static IPEndPoint Normalise(IPEndPoint endPoint) =>
        endPoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endPoint.Address.MapToIPv4(), endPoint.Port) : endPoint;

    /// <summary>
    /// Null for a public unicast address; otherwise the kind of address it is. IPv6 forms that embed an IPv4 address
    /// (mapped, compatible, NAT64, 6to4) are judged by the embedded address, since they can reach it.
    /// </summary>
    public static string? Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork) return ClassifyV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return "not an IP address";

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (address.Equals(IPAddress.IPv6Loopback)) return "loopback";
        if (address.IsIPv4MappedToIPv6) return ClassifyV4(b[12..]);
        // ::a.b.c.d, the deprecated IPv4-compatible form (:: and ::1 are handled above).
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return ClassifyV4(b[12..]);
        // 64:ff9b::/96, the NAT64 well-known prefix, translates to the embedded IPv4 address.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return ClassifyV4(b[12..]);
        // 2002::/16, 6to4, embeds an IPv4 address in bytes 2-5.
        if (b[0] == 0x20 && b[1] == 0x02) return ClassifyV4(b[2..6]);
        if (b[0] == 0xFF) return "multicast";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "link-local";
        // fec0::/10, site-local: deprecated, but still private where it is used.
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "private (site-local)";
        if ((b[0] & 0xFE) == 0xFC) return "private (unique local)";
        return null;
    }

    private static string? ClassifyV4(ReadOnlySpan<byte> b) => (b[0], b[1]) switch
    {
        (0, _) => "unspecified",
        (10, _) => "private",
        (100, >= 64 and <= 127) => "shared (carrier-grade NAT)",
        (127, _) => "loopback",
        (169, 254) => "link-local",
        (172, >= 16 and <= 31) => "private",
        (192, 168) => "private",
        // 192.0.0.0/24: IETF protocol assignments, some of them NAT and relay addresses inside a network.
        (192, 0) when b[2] == 0 => "reserved",
        // 198.18.0.0/15: benchmarking networks, routed only inside a lab.
        (198, 18 or 19) => "reserved",
        ( >= 224 and <= 239, _) => "multicast",
        // 240.0.0.0/4 is reserved, and its last address is the limited broadcast address.
        ( >= 240, _) => "reserved",
        _ => null,
    };
}
