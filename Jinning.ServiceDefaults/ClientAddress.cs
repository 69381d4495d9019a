using Microsoft.AspNetCore.Http;

namespace Jinning.ServiceDefaults;

/// <summary>
/// The caller's address as the gateway saw it. Services are reached only through the gateway, which
/// appends the client address it believes (after its own trusted-proxy rule) as the last
/// <c>X-Forwarded-For</c> entry; anything before it came from the client and is ignored.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var address = last ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // The key column holds 200 characters with the prefix; an address never needs more than an IPv6 literal.
        return address.Length > 64 ? address[..64] : address;
    }
}
