using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Jinning.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public const string TokenPolicy = "token";
    public const string PublicPostPolicy = "public-post";

    /// <summary>
    /// Fixed windows per client address: a general budget for everything, and stricter ones that
    /// YARP routes name in <c>RateLimiterPolicy</c>. A refused request gets a 429 problem with Retry-After.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Gateway:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                FixedWindow(ClientAddress(context), limits.General, limits.Window));
            options.AddPolicy(TokenPolicy, context => FixedWindow(ClientAddress(context), limits.Token, limits.Window));
            options.AddPolicy(PublicPostPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? FixedWindow(ClientAddress(context), limits.PublicPost, limits.Window)
                : RateLimitPartition.GetNoLimiter(ClientAddress(context)));
            options.OnRejected = WriteTooManyRequests;
        });
        return builder;
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteTooManyRequests(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
        await Results.Problem(
            title: "请求过于频繁",
            detail: "请稍后再试。",
            statusCode: StatusCodes.Status429TooManyRequests,
            type: "https://jinning.gov.cn/problems/rate-limited").ExecuteAsync(context);
    }
}
