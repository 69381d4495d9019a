using System.Threading.RateLimiting;
using Jinning.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace Jinning.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public const string TokenPolicy = "token";
    public const string SignInPolicy = "sign-in";
    public const string PublicPostPolicy = "public-post";

    /// <summary>
    /// Fixed windows: a general budget for the API, and stricter ones that YARP routes name in
    /// <c>RateLimiterPolicy</c>. A signed-in caller (a valid bearer token, validated by the gateway's
    /// authentication before the limiter runs) has a budget of their own, so an office behind one NAT
    /// address or the web console calling on behalf of everyone never shares one; anonymous callers
    /// are counted by client address, read from forwarded headers only from trusted proxies
    /// (<see cref="ForwardedHeadersSetup"/>). A refused request gets a 429 problem with Retry-After.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection("Gateway:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsApiRequest(context)
                ? FixedWindow(CallerKey(context), limits.General, limits.Window)
                : RateLimitPartition.GetNoLimiter("console"));
            options.AddPolicy(TokenPolicy, context => FixedWindow(ClientAddress(context), limits.Token, limits.Window));
            options.AddPolicy(SignInPolicy, context => PostsOnly(context, limits.Token, limits.Window));
            options.AddPolicy(PublicPostPolicy, context => PostsOnly(context, limits.PublicPost, limits.Window));
            options.OnRejected = WriteTooManyRequests;
        });
        return builder;
    }

    /// <summary>The API and sign-in paths; everything else is the web console (pages, assets, its live connection).</summary>
    public static bool IsApiRequest(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/api") || path.StartsWithSegments("/connect") || path.StartsWithSegments("/account")
            || path.StartsWithSegments("/.well-known") || path.StartsWithSegments("/docs");
    }

    private static RateLimitPartition<string> PostsOnly(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? FixedWindow(ClientAddress(context), permits, window)
            : RateLimitPartition.GetNoLimiter(ClientAddress(context));

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static string CallerKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.Subject() is { } subject
            ? $"user:{subject}"
            : ClientAddress(context);

    private static string ClientAddress(HttpContext context) => $"address:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

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
