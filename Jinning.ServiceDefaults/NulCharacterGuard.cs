using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Jinning.ServiceDefaults;

/// <summary>
/// PostgreSQL refuses text holding a NUL character, which would surface as a 500. Every service
/// refuses such input at the door instead: in the path or query (400 problem) and in JSON bodies
/// (400 from the body's binding). Forms and headers that still carry one are caught when PostgreSQL
/// refuses them (<see cref="Microsoft.Extensions.Hosting.ProblemDetailsExceptionHandler"/>).
/// </summary>
public static class NulCharacterGuard
{
    public static IApplicationBuilder UseNulCharacterGuard(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var inQuery = request.Query.Any(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true));
            if (inQuery || request.Path.Value?.Contains('\0') == true)
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "请求格式不正确",
                    detail: "地址或查询参数中含有不允许的控制字符（NUL）。", type: "https://jinning.gov.cn/problems/bad-request").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    /// <summary>Reads JSON strings, refusing any with a NUL character.</summary>
    public sealed class NoNulStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            if (value?.Contains('\0') == true)
            {
                throw new JsonException("文本中不能含有 NUL 控制字符。");
            }
            return value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
