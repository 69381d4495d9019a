using Jinning.Gateway.Health;
using Jinning.Gateway.Cors;
using Jinning.Gateway.Limits;
using Jinning.Gateway.RateLimiting;

namespace Jinning.Gateway;

public static class GatewayServiceExtensions
{
    /// <summary>The services behind the gateway, by service-discovery name.</summary>
    public static readonly string[] Services = ["identity", "roster", "ticketing", "notification", "reporting"];

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        builder.Services.AddOptions<RequestLimits>().BindConfiguration("Gateway:Limits");
        builder.Services.AddHttpClient<ServiceHealthAggregator>();
        builder.AddGatewayRateLimiting();
        builder.AddFrontendCors();
        return builder;
    }
}
