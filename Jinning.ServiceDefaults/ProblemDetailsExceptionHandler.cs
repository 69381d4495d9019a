using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Last line of defence: an exception nobody handled becomes an RFC 7807 answer. Malformed request
/// bodies (<see cref="BadHttpRequestException"/>) are the client's fault and answer 400, not 500.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, type) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "请求格式不正确", "https://jinning.gov.cn/problems/bad-request"),
            Jinning.ServiceDefaults.IllegalTransitionException illegal =>
                (StatusCodes.Status409Conflict, illegal.ProblemTitle, illegal.ProblemType),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (StatusCodes.Status499ClientClosedRequest, "请求已取消", "https://jinning.gov.cn/problems/cancelled"),
            _ => (StatusCodes.Status500InternalServerError, "服务器内部错误", "https://jinning.gov.cn/problems/internal"),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Type = type,
                Detail = status < 500 ? exception.Message : null,
            },
        });
    }
}
