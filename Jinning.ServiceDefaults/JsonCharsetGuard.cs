using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Jinning.ServiceDefaults;

/// <summary>
/// JSON bodies are read as UTF-8. A JSON body declaring another charset (<c>gbk</c>, <c>utf-7</c>, or a
/// name no encoding has) made the body reader throw, which surfaced as a 500; it is refused at the
/// door instead with a 415 problem saying what to send.
/// </summary>
public static class JsonCharsetGuard
{
    public static IApplicationBuilder UseJsonCharsetGuard(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (DeclaresAnotherCharset(context.Request.ContentType))
            {
                await Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "请求格式不正确",
                    detail: "JSON 请求体须为 UTF-8 编码（Content-Type: application/json 或 application/json; charset=utf-8）。",
                    type: "https://jinning.gov.cn/problems/unsupported-media-type").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    public static bool DeclaresAnotherCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }
        var json = media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase);
        var charset = media.Charset.Value?.Trim('"');
        return json && !string.IsNullOrEmpty(charset)
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
