namespace Jinning.Gateway.Health;

public static class AggregatedHealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: the status of every service and the web console (Healthy, Degraded, Unhealthy or Unreachable)
    /// with the reasons, and an overall status; 200 when Healthy or Degraded, 503 when anything is Unhealthy or
    /// Unreachable. <c>GET /alive</c>: the gateway process itself.
    /// </summary>
    public static WebApplication MapAggregatedHealth(this WebApplication app)
    {
        app.MapGet("/health", async (ServiceHealthAggregator aggregator, CancellationToken cancellationToken) =>
        {
            var report = await aggregator.CheckAsync(GatewayServiceExtensions.HealthChecked, cancellationToken);
            return Results.Json(report, statusCode: report.Serving ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithName("AggregatedHealth").ExcludeFromDescription();
        app.MapGet("/alive", () => Results.Ok(new { status = "Healthy" })).ExcludeFromDescription();
        return app;
    }
}
