using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Jinning.Notification.Webhooks;

/// <summary>Thrown before any byte is sent to an address a webhook may not reach.</summary>
public sealed class WebhookAddressRefusedException(string message) : HttpRequestException(message);

/// <summary>
/// Decides which addresses a webhook may connect to, at the moment it connects: the name is resolved
/// here and the connection goes to the address that was checked, so a name that resolves to a public
/// address at registration and to an internal one later (DNS rebinding) still cannot get in.
/// </summary>
public sealed class WebhookAddressGuard(IOptions<WebhookOptions> options)
{
    public bool Allows(IPAddress address) => options.Value.AllowPrivateAddresses || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast)
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // fc00::/7: unique local addresses, the IPv6 private range.
            return (address.GetAddressBytes()[0] & 0xFE) != 0xFC;
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] == 127
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || b[0] >= 224);
    }

    /// <summary>The connection of the webhook client: resolve, check every address, connect to the first allowed one.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(Allows).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookAddressRefusedException($"Webhook address {host} is not public; refused (Notification:Webhooks:AllowPrivateAddresses).");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
