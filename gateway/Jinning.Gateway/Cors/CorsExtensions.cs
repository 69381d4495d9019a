namespace Jinning.Gateway.Cors;

public static class CorsExtensions
{
    /// <summary>Browsers may call the gateway from the frontends' origins in <c>Gateway:Cors:AllowedOrigins</c>, and only those.</summary>
    public static IHostApplicationBuilder AddFrontendCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Gateway:Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Location", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return builder;
    }
}
