using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jinning.Gateway.RateLimiting;

/// <summary>
/// The client's address as rate limits and services see it. <c>X-Forwarded-For</c> is believed only
/// from the proxies in <c>Gateway:ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> — the
/// district's reverse proxy in production, the web console (which calls the API for its users) on
/// this host — and is ignored from anyone else, so a client cannot choose its own budget.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IHostApplicationBuilder AddTrustedForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Gateway:ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }
}
