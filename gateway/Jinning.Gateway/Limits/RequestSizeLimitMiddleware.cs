using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Jinning.Gateway.Limits;

public static class RequestSizeLimitMiddleware
{
    /// <summary>
    /// Refuses a declared oversize body at once with a 413 problem, and caps streamed (chunked)
    /// bodies at the same size through Kestrel's per-request limit.
    /// </summary>
    public static WebApplication UseRequestSizeLimit(this WebApplication app)
    {
        var limit = app.Services.GetRequiredService<IOptions<RequestLimits>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(
                    title: "请求体过大",
                    detail: $"请求体不能超过 {limit / 1024 / 1024} MB。",
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    type: "https://jinning.gov.cn/problems/payload-too-large").ExecuteAsync(context);
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            {
                sizeFeature.MaxRequestBodySize = limit;
            }
            await next(context);
        });
        return app;
    }
}
