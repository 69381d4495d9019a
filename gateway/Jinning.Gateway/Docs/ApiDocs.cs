using Scalar.AspNetCore;

namespace Jinning.Gateway.Docs;

public static class ApiDocs
{
    /// <summary>
    /// <c>/docs</c>: one reference page with every service's OpenAPI document, each fetched through
    /// the gateway at <c>/docs/{service}/openapi.json</c> (proxied routes in appsettings).
    /// </summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("晋宁区营商环境义务监督员平台 API");
            foreach (var service in GatewayServiceExtensions.Services)
            {
                options.AddDocument(service, service, $"/docs/{service}/openapi.json", isDefault: service == "ticketing");
            }
        });
        return app;
    }
}
