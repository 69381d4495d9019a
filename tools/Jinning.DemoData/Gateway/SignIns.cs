using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jinning.DemoData.Gateway;

/// <summary>
/// Signs in with the password grant at <c>/connect/token</c>, once per account: a token lasts 30
/// minutes, longer than the whole load. The gateway allows about 20 sign-ins a minute from one
/// address, and the demo needs more, so a refusal is waited out and said. Callers acting side by
/// side share one sign-in per account.
/// </summary>
public sealed class SignIns(HttpClient http, ProgressLog log)
{
    /// <summary>The development password of every seeded account (<c>Parameters:accounts-password</c>).</summary>
    public const string SeededPassword = "Jinning#2026";

    private const int MaxAttempts = 10;
    private readonly ConcurrentDictionary<string, Lazy<Task<Caller>>> _callers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _waiting = new();
    private DateTimeOffset _waitingUntil;

    public Task<Caller> OfficeAsync(CancellationToken cancellationToken) => AsAsync("office", SeededPassword, cancellationToken);

    public Task<Caller> NominatorAsync(string unitCode, CancellationToken cancellationToken) =>
        AsAsync($"nominator.{unitCode}", SeededPassword, cancellationToken);

    public Task<Caller> DepartmentAsync(string departmentCode, CancellationToken cancellationToken) =>
        AsAsync($"dept.{departmentCode}", SeededPassword, cancellationToken);

    public Task<Caller> SupervisorAsync(string certificateNumber, string password, CancellationToken cancellationToken) =>
        AsAsync(certificateNumber, password, cancellationToken);

    public Task<Caller> AsAsync(string userName, string password, CancellationToken cancellationToken) =>
        _callers.GetOrAdd(userName, _ => new Lazy<Task<Caller>>(async () =>
            new Caller(userName, await RequestTokenAsync(userName, password, cancellationToken)))).Value;

    private async Task<string> RequestTokenAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = userName,
            ["password"] = password,
        };
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form), cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(10);
                Tell(wait);
                await Task.Delay(wait, cancellationToken);
                continue;
            }
            if (response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                continue;
            }
            var answer = await ReadAnswerAsync(response, cancellationToken);
            if (!response.IsSuccessStatusCode || answer?.AccessToken is null)
            {
                throw new DemoLoadException($"账号 {userName} 登录失败（{(int)response.StatusCode}）：{answer?.ErrorDescription ?? answer?.Error}");
            }
            return answer.AccessToken;
        }
    }

    /// <summary>Once per wait, however many lanes ran into it.</summary>
    private void Tell(TimeSpan wait)
    {
        var until = DateTimeOffset.UtcNow + wait;
        lock (_waiting)
        {
            if (until - _waitingUntil < TimeSpan.FromSeconds(1))
            {
                return;
            }
            _waitingUntil = until;
        }
        log.Stage($"网关限制登录频率（防暴力破解），等待 {wait.TotalSeconds:0} 秒后继续……");
    }

    private static async Task<TokenAnswer?> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<TokenAnswer>(GatewayClient.Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
