using System.Net;
using System.Text.Json;

namespace Jinning.Web.Api;

/// <summary>
/// What the API refused and why, in the words the API gave (Chinese), with the message for each field
/// so a form can show it beside that field.
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public string Message => string.IsNullOrWhiteSpace(Detail) ? Title : Detail;

    /// <summary>The first message for <paramref name="field"/> (the API's camelCase name), if any.</summary>
    public string? For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(GatewayClient.Json, cancellationToken);
            if (problem?.Title is { Length: > 0 })
            {
                return new ApiProblem(status, problem.Title, problem.Detail, problem.Errors ?? new Dictionary<string, string[]>());
            }
        }
        catch (JsonException)
        {
            // Not a problem document: fall through to the plain words for the status.
        }
        return Plain(response.StatusCode);
    }

    public static ApiProblem Plain(HttpStatusCode status) => new((int)status, status switch
    {
        HttpStatusCode.NotFound => "未找到，或您无权查看。",
        HttpStatusCode.Forbidden => "您无权执行此操作。",
        HttpStatusCode.TooManyRequests => "操作过于频繁，请稍后再试。",
        HttpStatusCode.RequestEntityTooLarge => "文件过大。",
        _ when (int)status >= 500 => "服务暂时不可用，请稍后再试。",
        _ => "请求未被受理。",
    }, null, new Dictionary<string, string[]>());

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}

/// <summary>A call's answer: the value, or the problem that stopped it.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    public static ApiResult<T> Ok(T value) => new(value, null);

    public static ApiResult<T> Failed(ApiProblem problem) => new(default, problem);
}

/// <summary>An answer without a body (204).</summary>
public sealed record ApiResult(ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
