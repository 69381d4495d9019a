namespace Jinning.Gateway.Health;

public static class AggregatedHealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: 200 only when every service and the web console are healthy, 503 otherwise; the body names each
    /// service and its checks. <c>GET /alive</c>: the gateway process itself.
    /// </summary>
    public static WebApplication MapAggregatedHealth(this WebApplication app)
    {
        app.MapGet("/health", async (ServiceHealthAggregator aggregator, CancellationToken cancellationToken) =>
        {
            var report = await aggregator.CheckAsync(GatewayServiceExtensions.HealthChecked, cancellationToken);
            return Results.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithName("AggregatedHealth").ExcludeFromDescription();
        app.MapGet("/alive", () => Results.Ok(new { status = "Healthy" })).ExcludeFromDescription();
        return app;
    }
}
