using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Jinning.Testing;

namespace Jinning.EndToEnd.Tests;

/// <summary>Signs in through the gateway as the seeded accounts of API.md, and makes supervisors the real way.</summary>
public sealed class Accounts(HttpClient gateway)
{
    public const string DevelopmentPassword = "Jinning#2026";
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new();

    public sealed record AppointedSupervisor(Guid Id, string CertificateNumber, string Password, string Token);

    public async Task<string> TokenAsync(string userName, string password = DevelopmentPassword)
    {
        // Reused while it has a while to live: some fixtures issue tokens that last under a minute.
        if (_tokens.TryGetValue(userName + "\n" + password, out var cached) && cached.ExpiresAt > DateTimeOffset.UtcNow.AddSeconds(15))
        {
            return cached.Token;
        }
        var (token, expiresIn) = await RequestTokenWithLifetimeAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = userName,
            ["password"] = password,
        });
        _tokens[userName + "\n" + password] = (token, DateTimeOffset.UtcNow.AddSeconds(expiresIn));
        return token;
    }

    public Task<string> DepartmentSystemTokenAsync(string departmentCode) => RequestTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = $"dept.{departmentCode}",
        ["client_secret"] = DevelopmentPassword,
    });

    /// <summary>POSTs to /connect/token; waits out the gateway's token rate limit if another test used it up.</summary>
    public async Task<HttpResponseMessage> PostTokenRequestAsync(IDictionary<string, string> form)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(form));
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 5)
            {
                return response;
            }
            await Task.Delay(TimeSpan.FromSeconds(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 5));
        }
    }

    private async Task<string> RequestTokenAsync(IDictionary<string, string> form) => (await RequestTokenWithLifetimeAsync(form)).Token;

    private async Task<(string Token, int ExpiresIn)> RequestTokenWithLifetimeAsync(IDictionary<string, string> form)
    {
        var response = await PostTokenRequestAsync(form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("access_token").GetString()!, json.GetProperty("expires_in").GetInt32());
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return await gateway.SendAsync(request);
    }

    public async Task<JsonElement> SendOkAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var response = await SendAsync(method, path, token, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A well-formed ID number of nobody else: a person already serving cannot be nominated again.</summary>
    public static string NewIdNumber() => $"530122{Random.Shared.NextInt64(1_000_000_000_000):000000000000}";

    /// <summary>Nominated by a unit, vetted, approved and appointed by the office, activated and signed in: a real supervisor.</summary>
    public async Task<AppointedSupervisor> AppointSupervisorAsync(string name = "张三", DateOnly? appointedOn = null)
    {
        var nominator = await TokenAsync("nominator.federation-commerce");
        var office = await TokenAsync("office");
        var nomination = await SendOkAsync(HttpMethod.Post, "/api/roster/nominations", nominator, new
        {
            name,
            idNumber = NewIdNumber(),
            phone = "13800000000",
            email = "zhangsan@example.com",
            workplace = "昆明某科技有限公司",
            background = "enterprise",
            smallOrMediumEnterprise = true,
            statement = "热心营商环境监督工作。",
        });
        var id = nomination.GetProperty("id").GetGuid();
        await SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/vetting", office, new { conditionsMet = true, disqualifiers = Array.Empty<object>() });
        await SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/approve", office);
        var appointment = await SendOkAsync(HttpMethod.Post, $"/api/roster/nominations/{id}/appoint", office, new { appointedOn });

        var certificate = appointment.GetProperty("certificateNumber").GetString()!;
        var code = appointment.GetProperty("activationCode").GetString()!;
        const string password = "Supervisor2026pass";
        // The sign-in is created from the SupervisorAppointed message: wait for it to arrive.
        await Eventually.WaitForAsync(
            async () => (await SendAsync(HttpMethod.Post, "/api/identity/activate", null,
                new { certificateNumber = certificate, activationCode = code, password, pledgeAccepted = true })).StatusCode,
            status => status == HttpStatusCode.NoContent, TimeSpan.FromSeconds(60), "the supervisor's sign-in to be activated");

        var token = await TokenAsync(certificate, password);
        return new AppointedSupervisor(appointment.GetProperty("supervisorId").GetGuid(), certificate, password, token);
    }
}
