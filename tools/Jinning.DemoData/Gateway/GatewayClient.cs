using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jinning.DemoData.Gateway;

/// <summary>
/// JSON over HTTP through the gateway, as API.md describes it: camelCase, kebab-case enums, a bearer
/// token per caller. Every POST carries its own <c>Idempotency-Key</c>, so a retry after a lost answer
/// or a 5xx creates nothing twice; a 429 is waited out as its <c>Retry-After</c> says. Any other
/// refusal ends the load with the problem the service gave, in its own words.
/// </summary>
public sealed class GatewayClient(HttpClient http, ProgressLog log)
{
    private const int MaxAttempts = 8;
    private static readonly TimeSpan TransientDelay = TimeSpan.FromSeconds(2);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public Uri BaseAddress => http.BaseAddress ?? throw new InvalidOperationException("The gateway client has no base address.");

    public async Task<T> GetAsync<T>(string path, Caller? caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, path, body: null, caller, idempotencyKey: null, cancellationToken);
        return await ReadAsync<T>(response, HttpMethod.Get, path, cancellationToken);
    }

    public async Task<T> PostAsync<T>(string path, object? body, Caller? caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, caller, NewKey(), cancellationToken);
        return await ReadAsync<T>(response, HttpMethod.Post, path, cancellationToken);
    }

    public async Task PostAsync(string path, object? body, Caller? caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, caller, NewKey(), cancellationToken);
        await EnsureSuccessAsync(response, HttpMethod.Post, path, cancellationToken);
    }

    /// <summary>
    /// One attempt and its plain answer, for a caller that expects refusals for a while (an activation
    /// before the sign-in exists). No idempotency key: the refusal must not be replayed to the next attempt.
    /// </summary>
    public async Task<HttpStatusCode> TryPostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body, caller: null, idempotencyKey: null, cancellationToken);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body, Caller? caller, string? idempotencyKey, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, path);
            if (caller is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
            }
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: Json);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception exception) when (attempt < MaxAttempts && IsTransient(exception, cancellationToken))
            {
                log.Detail($"{method} {path} 未得到应答（{exception.Message}），稍后重试。");
                await Task.Delay(TransientDelay, cancellationToken);
                continue;
            }

            if (attempt < MaxAttempts && await ShouldRetryAsync(response, method, path, cancellationToken) is { } wait)
            {
                response.Dispose();
                await Task.Delay(wait, cancellationToken);
                continue;
            }
            return response;
        }
    }

    /// <summary>A lost connection or a timed-out answer; not the caller giving up.</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>How long to wait before trying again, or null when the answer is final.</summary>
    private async Task<TimeSpan?> ShouldRetryAsync(
        HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
                log.Detail($"网关限流，{wait.TotalSeconds:0} 秒后重试 {method} {path}。");
                return wait;
            case HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout:
                log.Detail($"{method} {path} 暂时不可用（{(int)response.StatusCode}），稍后重试。");
                return TransientDelay;
            case HttpStatusCode.Conflict when await ProblemTypeAsync(response, cancellationToken) is { } type
                && type.EndsWith("idempotency-key-in-progress", StringComparison.Ordinal):
                return TimeSpan.FromMilliseconds(500);
            default:
                return null;
        }
    }

    private static async Task<string?> ProblemTypeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var problem = await Problem.ReadAsync(response, cancellationToken);
        return problem?.Type;
    }

    private static async Task<T> ReadAsync<T>(
        HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, method, path, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new DemoLoadException($"{method} {path} 的应答为空。");
    }

    private static async Task EnsureSuccessAsync(
        HttpResponseMessage response, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var problem = await Problem.ReadAsync(response, cancellationToken);
        throw new DemoLoadException($"{method} {path} 被拒绝（{(int)response.StatusCode}）：{problem?.Describe() ?? response.ReasonPhrase}");
    }

    private static string NewKey() => $"demo-{Guid.NewGuid():N}";
}

/// <summary>Someone signed in: who (for messages) and the bearer token they call with.</summary>
public sealed record Caller(string UserName, string Token);
