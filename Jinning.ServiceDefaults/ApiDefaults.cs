using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Jinning.ServiceDefaults.OpenApi;

namespace Microsoft.Extensions.Hosting;

/// <summary>The JSON and OpenAPI conventions of API.md, shared by every service.</summary>
public static class ApiDefaults
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static TBuilder AddApiDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));
        // Unreadable bodies and parameters go to the exception handler in every environment: a Chinese problem, not a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                // Clients reach every service through the gateway, never at the service's own address.
                document.Servers = [new OpenApiServer { Url = "/" }];
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(SignInSecurity.DescribeSchemes);
            options.AddOperationTransformer(SignInSecurity.DescribeRequirement);
            options.AddOperationTransformer(Jinning.ServiceDefaults.ConcurrencyConflictResponse.Declare);
        });
        return builder;
    }

    /// <summary>camelCase fields and lowercase-kebab enums, as the public contract says.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new DistrictTimeJsonConverter());
        // No text with a NUL character gets past reading the body (PostgreSQL would refuse it with a 500).
        options.Converters.Add(new Jinning.ServiceDefaults.NulCharacterGuard.NoNulStringConverter());
    }

    public static WebApplication MapApiDocuments(this WebApplication app)
    {
        app.MapOpenApi(OpenApiPath);
        return app;
    }
}
