using Jinning.Gateway.Health;
using Jinning.Gateway.Cors;
using Jinning.Gateway.Limits;
using Jinning.Gateway.RateLimiting;
using Jinning.ServiceDefaults.Authentication;

namespace Jinning.Gateway;

public static class GatewayServiceExtensions
{
    /// <summary>The services behind the gateway, by service-discovery name.</summary>
    public static readonly string[] Services = ["identity", "roster", "ticketing", "notification", "reporting"];

    /// <summary>The web console, served at every path the API does not take.</summary>
    public const string WebConsole = "web";

    /// <summary>Everything <c>/health</c> asks: the services and the web console.</summary>
    public static readonly string[] HealthChecked = [.. Services, WebConsole];

    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();

        builder.Services.AddOptions<RequestLimits>().BindConfiguration("Gateway:Limits");
        // No retries: a service answering 503 (Unhealthy) is reported as such at once, not retried into a timeout.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental
        builder.Services.AddHttpClient<ServiceHealthAggregator>().RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        builder.AddDefaultAuthentication();
        builder.AddTrustedForwardedHeaders();
        builder.AddGatewayRateLimiting();
        builder.AddFrontendCors();
        return builder;
    }
}
