using ConcurrencyConflict = Jinning.ServiceDefaults.ConcurrencyConflict;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Last line of defence: an exception nobody handled becomes an RFC 7807 answer. Malformed request
/// bodies (<see cref="BadHttpRequestException"/>) are the client's fault and answer 400, not 500. A command that lost an
/// optimistic-concurrency race (<see cref="ConcurrencyConflict"/>) answers 409; its transaction changed nothing.
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
            // A form past the reader's limits (a key over 2048 characters, too many values), e.g. at /connect/token.
            InvalidDataException => (StatusCodes.Status400BadRequest, "请求格式不正确", "https://jinning.gov.cn/problems/bad-request"),
            _ when RefusedText(exception) => (StatusCodes.Status400BadRequest, "请求内容不正确", "https://jinning.gov.cn/problems/bad-request"),
            Jinning.ServiceDefaults.IllegalTransitionException illegal =>
                (StatusCodes.Status409Conflict, illegal.ProblemTitle, illegal.ProblemType),
            _ when ConcurrencyConflict.IsConflict(exception) =>
                (StatusCodes.Status409Conflict, ConcurrencyConflict.Title, ConcurrencyConflict.ProblemType),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (StatusCodes.Status499ClientClosedRequest, "请求已取消", "https://jinning.gov.cn/problems/cancelled"),
            _ => (StatusCodes.Status500InternalServerError, "服务器内部错误", "https://jinning.gov.cn/problems/internal"),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        var problem = UnreadableField(exception) is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["值的类型或格式不正确。"] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = title;
        problem.Type = type;
        problem.Detail = exception switch
        {
            BadHttpRequestException => UnreadableDetail,
            InvalidDataException => UnreadableDetail,
            _ when RefusedText(exception) => RefusedTextDetail,
            _ when ConcurrencyConflict.IsConflict(exception) => ConcurrencyConflict.Detail,
            _ when status < 500 => exception.Message,
            _ => null,
        };

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    private const string RefusedTextDetail = "请求中的文本含有不允许的字符（如 NUL）或超过了允许的长度。";

    /// <summary>
    /// Text PostgreSQL refuses, wherever it came from (a form field, a header, a parameter no check
    /// looked at): a NUL or an invalid character (22021, 22P05), a value too long for its column (22001) or
    /// too large for an index on it (54000, program_limit_exceeded).
    /// The client sent it; it is a 400, not a 500.
    /// </summary>
    private static bool RefusedText(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.PostgresException { SqlState: "22021" or "22P05" or "22001" or "54000" })
            {
                return true;
            }
        }
        return false;
    }

    private const string UnreadableDetail = "请求内容无法读取：请求体须为接口要求的格式（JSON 或表单），各字段的类型和格式须符合接口说明。";

    /// <summary>The field a JSON body failed on (<c>$.reports[0].supervisorId</c> → <c>reports[0].supervisorId</c>), if known.</summary>
    private static string? UnreadableField(Exception exception) =>
        exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 2 } path } }
            ? path.TrimStart('$', '.')
            : null;
}
