using Jinning.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace Jinning.Gateway.Docs;

public static class ApiDocs
{
    /// <summary>
    /// <c>/docs</c>: one reference page with every service's OpenAPI document, each fetched through
    /// the gateway at <c>/docs/{service}/openapi.json</c> (proxied routes in appsettings), and a link to
    /// the message contract department systems consume (<c>/docs/asyncapi.json</c>). A call can be tried from the page after
    /// signing in under "Authentication" (the documents declare the password flow of <c>/connect/token</c>).
    /// </summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapMessageContract();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("晋宁区营商环境义务监督员平台 API");
            // "Authentication" on the page: a user name and password fetch a token from /connect/token, kept across reloads.
            options.AddPreferredSecuritySchemes(SignInSecurity.PasswordScheme)
                .AddPasswordFlow(SignInSecurity.PasswordScheme, flow => flow.SelectedScopes = ["api"])
                .EnablePersistentAuthentication();
            options.AddHeaderContent($"""
                <header style="padding:8px 16px;font:14px sans-serif;border-bottom:1px solid #ddd">
                单位系统的消息接口（RabbitMQ 与 webhook，AsyncAPI 3.0）：<a href="{MessageContract.Path}">{MessageContract.Path}</a>
                </header>
                """);
            foreach (var service in GatewayServiceExtensions.Services)
            {
                options.AddDocument(service, service, $"/docs/{service}/openapi.json", isDefault: service == "ticketing");
            }
        });
        return app;
    }
}
